import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Serves the fixture sites of the demo providers, each on its own 127.0.0.1 port (its own origin),
// plus a portal page that links them. Records every request so tests can prove nothing was submitted.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SITES_DIR = join(ROOT, 'tests/fixtures/sites');
export const PORTAL_PORT = 27810;

export interface SiteSpec {
  port: number;
  dir: string;
  title?: string;
}

export interface RequestRecord {
  port: number;
  method: string;
  path: string;
}

export interface DemoServers {
  requests: RequestRecord[];
  urlOf(port: number, path: string): string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

async function findFile(dir: string, urlPath: string): Promise<string | null> {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const candidates = [join(dir, clean), join(dir, `${clean}.html`), join(dir, clean, 'index.html')];
  for (const file of candidates) {
    if (!file.startsWith(dir)) continue;
    try {
      if ((await stat(file)).isFile()) return file;
    } catch {
      // try the next candidate
    }
  }
  return null;
}

function serve(spec: SiteSpec, records: RequestRecord[], extra?: (path: string) => string | null): Server {
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${spec.port}`);
    records.push({ port: spec.port, method: req.method ?? 'GET', path: url.pathname + url.search });
    const generated = extra?.(url.pathname);
    if (generated !== null && generated !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      res.end(generated);
      return;
    }
    const file = url.pathname.startsWith('/_shared/')
      ? await findFile(join(SITES_DIR, 'shared'), url.pathname.slice('/_shared/'.length))
      : await findFile(spec.dir, url.pathname);
    if (!file || req.method !== 'GET') {
      res.writeHead(file ? 405 : 404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(file ? 'このデモでは送信できません（demo: submitting is disabled）' : 'not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(await readFile(file));
  });
}

/** How long a listen keeps trying a port another process holds: a test worker that has just closed
 * the same site may keep its port for a moment. */
const BUSY_PORT_WAIT_MS = 10_000;

/** The ports the system hands out to outgoing connections: Linux's default range starts at 32768,
 * IANA's (macOS, Windows) at 49152. A browser's keep-alive connection to one of our own sites can
 * take a port there for a whole run, so a fixed port must lie below it. */
export const EPHEMERAL_PORTS = { from: 32768, to: 65535 } as const;

export function assertFixedPort(port: number): void {
  if (!Number.isInteger(port) || port < 1024 || port >= EPHEMERAL_PORTS.from)
    throw new Error(
      `port ${port} cannot be a fixed port: it must lie between 1024 and ${EPHEMERAL_PORTS.from - 1}, below the range the system gives to outgoing connections`,
    );
}

async function listen(server: Server, port: number, waitMs: number): Promise<void> {
  assertFixedPort(port);
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      await listenOnce(server, port);
      return;
    } catch (err) {
      const busy = (err as NodeJS.ErrnoException).code === 'EADDRINUSE';
      if (!busy) throw err;
      if (Date.now() >= deadline) throw new Error(`port ${port} is in use (is the demo already running?)`);
      await new Promise((ok) => setTimeout(ok, 250));
    }
  }
}

function listenOnce(server: Server, port: number): Promise<void> {
  return new Promise((ok, fail) => {
    const onError = (err: Error) => fail(err);
    server.once('error', onError);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError);
      ok();
    });
  });
}

export interface ListenOptions {
  /** How long to keep trying a port that is in use; the demo command says so at once (0). */
  busyPortWaitMs?: number;
}

export async function startServers(
  sites: SiteSpec[],
  portal?: { port: number; html: string },
  { busyPortWaitMs = BUSY_PORT_WAIT_MS }: ListenOptions = {},
): Promise<DemoServers> {
  const requests: RequestRecord[] = [];
  const servers: Server[] = [];
  try {
    for (const site of sites) {
      const server = serve(site, requests);
      servers.push(server);
      await listen(server, site.port, busyPortWaitMs);
    }
    if (portal) {
      const server = serve({ port: portal.port, dir: join(SITES_DIR, 'shared') }, requests, (p) =>
        p === '/' ? portal.html : null,
      );
      servers.push(server);
      await listen(server, portal.port, busyPortWaitMs);
    }
  } catch (err) {
    await closeAll(servers);
    throw err;
  }
  return {
    requests,
    urlOf: (port, path) => `http://127.0.0.1:${port}${path}`,
    close: () => closeAll(servers),
  };
}

async function closeAll(servers: Server[]): Promise<void> {
  await Promise.all(
    servers.map(
      (s) =>
        new Promise<void>((ok) => {
          if (!s.listening) return ok();
          s.close(() => ok());
          s.closeAllConnections();
        }),
    ),
  );
}
