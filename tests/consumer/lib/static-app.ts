import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/**
 * A tiny static app on `127.0.0.1` (another site than the Workspace page's `localhost`): each
 * path of `files` answers its text; `/wwe-kit.global.js` is the installed core's `<script>` build.
 */
export async function startStaticApp(
  projectDir: string,
  files: Record<string, string>,
): Promise<{ url: string; origin: string; close(): Promise<void> }> {
  const global = readFileSync(
    path.join(projectDir, 'node_modules/@wwe-kit/core/dist/wwe-kit.global.js'),
    'utf8',
  );
  return listenLocal((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    if (pathname === '/wwe-kit.global.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(global);
      return;
    }
    const body = files[pathname];
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * A production build served as a static host would, on `127.0.0.1`: each file of `root`, and
 * `index.html` for `/` and for any path that is not a file (a single-page app's fallback).
 */
export async function serveBuild(
  root: string,
): Promise<{ url: string; origin: string; close(): Promise<void> }> {
  return listenLocal((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.join(root, path.normalize(pathname));
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory())
      file = path.join(root, 'index.html');
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'Content-Type': type }).end(readFileSync(file));
  });
}

/** A server of `handler` on a free port of `127.0.0.1`: its URL, origin and `close()`. */
async function listenLocal(
  handler: http.RequestListener,
): Promise<{ url: string; origin: string; close(): Promise<void> }> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/`,
    origin,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
