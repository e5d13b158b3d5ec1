// Starts the Workspace page (@wwe-kit/workspace, built) and the sample apps, each on its own port:
// used by `pnpm dev` (scripts/dev.mjs) and by the end-to-end tests (e2e/), so both run exactly the
// same servers.
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startWorkspace } from '@wwe-kit/workspace';
import { createServer, preview } from 'vite';

/** apps/dev */
export const APP_DIR = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
/** The default config of `pnpm dev`: the three samples as tabs. */
export const DEFAULT_CONFIG = path.join(APP_DIR, 'workspace.ini');
const APPS_DIR = path.resolve(APP_DIR, '..');

/**
 * @typedef {'react-sample' | 'vue-sample' | 'angular-sample'} SampleName
 * @typedef {{ label: string, dir: string, dist: string, port: number, env: string, flag: string, devServer: boolean }} SampleSpec
 * @typedef {{ name: string, origin: string, port: number, close(): Promise<void> }} Running
 */

/** The host page's default port, and how to change it. */
export const WORKSPACE = {
  label: 'Workspace page',
  port: 5170,
  env: 'WORKSPACE_PORT',
  flag: '--port',
};

/**
 * The sample apps. `devServer`: `pnpm dev` runs the app's own Vite dev server (hot reload);
 * otherwise (Angular) it serves the app's build.
 *
 * @type {Record<SampleName, SampleSpec>}
 */
export const SAMPLES = {
  'react-sample': {
    label: 'React sample',
    dir: path.join(APPS_DIR, 'react-sample'),
    dist: 'dist',
    port: 5173,
    env: 'REACT_SAMPLE_PORT',
    flag: '--react-port',
    devServer: true,
  },
  'vue-sample': {
    label: 'Vue sample',
    dir: path.join(APPS_DIR, 'vue-sample'),
    dist: 'dist',
    port: 5174,
    env: 'VUE_SAMPLE_PORT',
    flag: '--vue-port',
    devServer: true,
  },
  'angular-sample': {
    label: 'Angular sample',
    dir: path.join(APPS_DIR, 'angular-sample'),
    dist: 'dist/browser',
    port: 4200,
    env: 'ANGULAR_SAMPLE_PORT',
    flag: '--angular-port',
    devServer: false,
  },
};

/** The sample apps' host: `127.0.0.1` is another site than the page's `localhost`. */
export const SAMPLE_HOST = '127.0.0.1';
/** The host page's host name in URLs. */
export const PAGE_HOST = 'localhost';

/**
 * Resolves when `port` can be listened on at `host`; otherwise rejects with an error naming the
 * port (a free port is tested by listening on it and closing at once).
 *
 * @param {number} port
 * @param {string} host
 * @returns {Promise<void>}
 */
export function checkPort(port, host) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (e) =>
      reject(/** @type {NodeJS.ErrnoException} */ (e).code === 'EADDRINUSE' ? portTaken(port) : e),
    );
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()));
  });
}

/** @param {number} port */
const portTaken = (port) =>
  Object.assign(new Error(`port ${port} is already in use`), { code: 'EADDRINUSE', port });

/** @param {{ address(): import('node:net').AddressInfo | string | null } | null | undefined} server */
function portOf(server) {
  const address = server?.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return address.port;
}

/**
 * Starts one sample app on `port` (0: any free port) of {@link SAMPLE_HOST}: its Vite dev server
 * (`mode: 'dev'`, for apps that have one) or a static server over its build (`mode: 'built'`).
 *
 * @param {SampleName} name
 * @param {{ port?: number, mode?: 'dev' | 'built' }} [options]
 * @returns {Promise<Running>}
 */
export async function startSample(name, { port = 0, mode = 'built' } = {}) {
  const spec = SAMPLES[name];
  const common = { root: spec.dir, clearScreen: false, logLevel: /** @type {const} */ ('warn') };
  const listen = { port, strictPort: true, host: SAMPLE_HOST };
  if (mode === 'dev' && spec.devServer) {
    const server = await createServer({ ...common, server: listen });
    await server.listen();
    const p = portOf(server.httpServer);
    return { name, port: p, origin: `http://${SAMPLE_HOST}:${p}`, close: () => server.close() };
  }
  const outDir = path.join(spec.dir, spec.dist);
  if (!existsSync(path.join(outDir, 'index.html')))
    throw new Error(`${spec.label} is not built: run "pnpm --filter ${name} build"`);
  const server = await preview({
    ...common,
    configFile: false,
    build: { outDir },
    preview: { ...listen, open: false },
  });
  const p = portOf(server.httpServer);
  return {
    name,
    port: p,
    origin: `http://${SAMPLE_HOST}:${p}`,
    close: () => server.close(),
  };
}

/**
 * Starts the Workspace page of `@wwe-kit/workspace` on `port` (0: any free port), reachable as
 * `http://localhost:<port>`, with `config` (an INI file) whose `{{name}}` placeholders are
 * replaced by `origins[name]`.
 *
 * @param {{ port?: number, origins: Record<string, string>, config?: string, watch?: boolean }} options
 * @returns {Promise<Running & { url: string }>}
 */
export async function startWorkspacePage({
  port = 0,
  origins,
  config = DEFAULT_CONFIG,
  watch = false,
}) {
  const ws = await startWorkspace({
    config,
    placeholders: origins,
    port,
    strictPort: true,
    host: SAMPLE_HOST,
    watch,
    logger: { info: () => {}, warn: console.warn, error: console.error },
  });
  return { name: 'workspace', port: ws.port, origin: ws.origin, url: ws.url, close: ws.close };
}
