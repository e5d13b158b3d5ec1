/**
 * Test-only helpers shared by the packages' browser tests: Debian Chromium through
 * playwright-core (never a downloaded browser), and a Vite dev server reachable on several
 * origins, so that a host page and an embedded client are really cross-origin and cross-site
 * (`localhost` and `127.0.0.1` are different sites: Chromium puts them in different renderer
 * processes, exactly as Workspace and an embedded app are).
 */
import { chromium, type Browser } from 'playwright-core';
import { createServer, type InlineConfig, type ViteDevServer } from 'vite';
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** The Chromium flags this workplace needs (a closed network, root, no GPU). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Where Debian's Chromium is (override with `CHROMIUM_PATH`). */
export function chromiumPath(): string {
  const p = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(p))
    throw new Error(
      `Chromium not found at ${p}: run "apt-get install -y chromium" (or set CHROMIUM_PATH)`,
    );
  return p;
}

/** Launches headless Debian Chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}

/** A dev server that serves `root` on three origins of different sites. */
export interface ServedOrigins {
  server: ViteDevServer;
  port: number;
  /** `http://localhost:<port>`: the Workspace (host) page's origin in tests. */
  host: string;
  /** `http://127.0.0.1:<port>`: the embedded client's origin. */
  client: string;
  /** `http://127.0.0.2:<port>`: a third, foreign site (an attacker). */
  other: string;
  close(): Promise<void>;
}

/**
 * Serves `root` with Vite (TypeScript compiled on the fly, workspace packages resolved from
 * source) on an ephemeral port, reachable as three origins.
 */
export async function serveOrigins(
  root: string,
  config: InlineConfig = {},
): Promise<ServedOrigins> {
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'error',
    clearScreen: false,
    ...config,
    resolve: {
      conditions: ['@wwe-kit/source', 'module', 'browser', 'development|production'],
      ...config.resolve,
    },
    server: {
      host: '0.0.0.0',
      port: 0,
      strictPort: false,
      hmr: false,
      allowedHosts: true,
      ...config.server,
    },
    optimizeDeps: { noDiscovery: true, include: [], ...config.optimizeDeps },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('dev server has no port');
  const port = address.port;
  return {
    server,
    port,
    host: `http://localhost:${port}`,
    client: `http://127.0.0.1:${port}`,
    other: `http://127.0.0.2:${port}`,
    close: () => server.close(),
  };
}

/** A TCP port free on 127.0.0.1 right now (for a server a test starts on a port it must know first). */
export async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export { axeViolations, WCAG21_AA } from './axe';
