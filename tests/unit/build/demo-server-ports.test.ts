import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EPHEMERAL_PORTS, PORTAL_PORT, SITES_DIR, assertFixedPort, startServers, type DemoServers } from '../../../scripts/lib/demo-server';
import { UNMAPPED_CITY_SITE, UNMAPPED_SITE } from '../../../scripts/lib/demo-sites';
import { demoProviders } from '../../../providers/demo';

// The demo and test sites listen on fixed ports. A port another process holds is waited for a moment
// (a test worker that has just closed the same site), and no fixed port lies where the system picks
// ports for outgoing connections, which a browser's keep-alive connection can hold for a whole run.

const opened: { close(): unknown }[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

/** Holds a free port below the ephemeral range, as a closing browser or worker would. */
async function blocker(): Promise<{ server: Server; port: number }> {
  for (let port = 27950; port < 28000; port++) {
    const server = createServer();
    const held = await new Promise<boolean>((ok) => {
      server.once('error', () => ok(false));
      server.listen(port, '127.0.0.1', () => ok(true));
    });
    if (held) return { server, port: (server.address() as AddressInfo).port };
  }
  throw new Error('no free port between 27950 and 27999');
}

const site = (port: number) => [{ port, dir: join(SITES_DIR, 'shared') }];

describe('demo servers on a port another process holds', () => {
  it('the demo command says at once that the port is in use', async () => {
    const { server, port } = await blocker();
    opened.push({ close: () => new Promise((ok) => server.close(ok)) });
    const started = Date.now();
    await expect(startServers(site(port), undefined, { busyPortWaitMs: 0 })).rejects.toThrow(`port ${port} is in use`);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('a test fixture waits for a port that is being let go, then listens on it', async () => {
    const { server, port } = await blocker();
    setTimeout(() => server.close(), 400);
    const servers: DemoServers = await startServers(site(port), undefined, { busyPortWaitMs: 5000 });
    opened.push(servers);
    const res = await fetch(`http://127.0.0.1:${port}/`);
    expect(res.status).toBe(404);
  });

  it('gives up after the wait when the port stays taken', async () => {
    const { server, port } = await blocker();
    opened.push({ close: () => new Promise((ok) => server.close(ok)) });
    await expect(startServers(site(port), undefined, { busyPortWaitMs: 600 })).rejects.toThrow(`port ${port} is in use`);
  });
});

describe('fixed ports lie below the ports the system gives to outgoing connections', () => {
  it('refuses a port inside the ephemeral range with a message naming it, and takes one below it', async () => {
    await expect(startServers(site(47822), undefined, { busyPortWaitMs: 0 })).rejects.toThrow('port 47822 cannot be a fixed port');
    expect(() => assertFixedPort(EPHEMERAL_PORTS.from)).toThrow();
    expect(() => assertFixedPort(0)).toThrow();
    expect(() => assertFixedPort(EPHEMERAL_PORTS.from - 1)).not.toThrow();
    const { server, port } = await blocker();
    await new Promise((ok) => server.close(ok));
    const servers = await startServers(site(port), undefined, { busyPortWaitMs: 0 });
    opened.push(servers);
    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(404);
  });

  it('every demo site, provider origin and test server port is a fixed port', () => {
    const declared = [
      PORTAL_PORT,
      UNMAPPED_SITE.port,
      UNMAPPED_CITY_SITE.port,
      ...demoProviders.flatMap((p) => p.origins.map((o) => Number(new URL(o).port))),
    ];
    const root = join(__dirname, '../../..');
    const literal = (file: string, name: string) => {
      const m = readFileSync(join(root, file), 'utf8').match(new RegExp(`${name}\\s*=\\s*(\\d+)`));
      expect(m, `${name} in ${file}`).not.toBeNull();
      return Number(m![1]);
    };
    declared.push(
      literal('tests/e2e/hostile/hostile-fixtures.ts', 'PROVIDER_PORT'),
      literal('tests/e2e/hostile/hostile-fixtures.ts', 'ATTACKER_PORT'),
      literal('tests/e2e/hostile/hostile-fixtures.ts', 'OTHER_PORT'),
      literal('tests/e2e/platform-provider.spec.ts', 'SHOP_PORT'),
    );
    expect(declared.length).toBeGreaterThan(10);
    for (const port of declared) expect(() => assertFixedPort(port), String(port)).not.toThrow();
  });
});
