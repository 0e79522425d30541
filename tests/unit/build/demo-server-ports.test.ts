import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { SITES_DIR, startServers, type DemoServers } from '../../../scripts/lib/demo-server';
import { join } from 'node:path';

// The demo and test sites listen on fixed ports inside the kernel's ephemeral range, where a closing
// browser or test worker may still hold one for a moment.

const opened: { close(): unknown }[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

function blocker(): Promise<{ server: Server; port: number }> {
  const server = createServer();
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, port: (server.address() as AddressInfo).port })));
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
