import { existsSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { ENDPOINTS } from '../shared/served';
import { hostChecker, refusedHostMessage } from './host-check';

/**
 * The folder of the prebuilt page: `dist/page` beside the built server (`dist/index.js`), or,
 * when the server runs from its TypeScript sources in this repository, the package's `dist/page`.
 */
export function pageDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const built = path.join(here, 'page');
  return existsSync(path.join(built, 'index.html')) ? built : path.resolve(here, '../../dist/page');
}

/**
 * The page's HTTP server: the prebuilt page, the current config, and server-sent events.
 *
 * @example
 * const web = createWebServer({ config: () => JSON.stringify(current), reachability: () => '{}' });
 */
export function createWebServer(deps: {
  /** The current ServedConfig, as JSON. */
  config(): string;
  /** The current INI text. */
  ini(): string;
  /** The current Reachability, as JSON. */
  reachability(): string;
  /** The recording to replay, as JSON (`null` when none). */
  replay?(): string;
  tls?: { key: string; cert: string } | undefined;
  /** Host names answered besides localhost and IP literals (see {@link hostChecker}). */
  allowedHosts?: readonly string[] | true | undefined;
}) {
  const hostAllowed = hostChecker(deps.allowedHosts);
  const dir = pageDir();
  if (!existsSync(path.join(dir, 'index.html')))
    throw new Error(`The Workspace page is missing from ${dir}: the package was not built`);
  const files = sirv(dir, {
    etag: true,
    setHeaders(res, pathname) {
      res.setHeader(
        'Cache-Control',
        pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const clients = new Set<ServerResponse>();
  const json = (res: ServerResponse, body: string, type = 'application/json') => {
    res.writeHead(200, {
      'Content-Type': `${type}; charset=utf-8`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(body);
  };
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    // Before anything else, the page, the INI, the config and the event stream alike: a page
    // on another site reaching this server by DNS rebinding sends its own name as Host.
    if (!hostAllowed(req.headers.host)) {
      res
        .writeHead(403, {
          'Content-Type': 'text/plain; charset=utf-8',
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-store',
        })
        .end(refusedHostMessage(req.headers.host ?? ''));
      return;
    }
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (pathname === ENDPOINTS.config) return json(res, deps.config());
    if (pathname === ENDPOINTS.reachability) return json(res, deps.reachability());
    if (pathname === ENDPOINTS.replay) return json(res, deps.replay?.() ?? 'null');
    if (pathname === '/workspace.ini') return json(res, deps.ini(), 'text/plain');
    if (pathname === ENDPOINTS.events) {
      res.writeHead(200, {
        'Content-Type': 'text/event-stream',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      res.write('retry: 1000\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    files(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    });
  };
  const server = deps.tls ? https.createServer(deps.tls, handler) : http.createServer(handler);
  // Keeps the event streams open through proxies and idle timeouts.
  const heartbeat = setInterval(() => {
    for (const c of clients) c.write(': keep-alive\n\n');
  }, 15_000);
  heartbeat.unref();
  return {
    server,
    /** Sends one server-sent event to every open page. */
    broadcast(event: string, data: unknown): void {
      const text = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
      for (const c of clients) c.write(text);
    },
    /** Open event streams (one per open page). */
    clients: () => clients.size,
    close(): Promise<void> {
      clearInterval(heartbeat);
      for (const c of clients) c.end();
      clients.clear();
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      });
    },
  };
}
