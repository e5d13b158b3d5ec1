import { spawn } from 'node:child_process';
import { watch, type FSWatcher } from 'chokidar';
import type { Recording } from '@wwe-kit/core/recording';
import type { Reachability, ServedConfig, ServedReplay } from '../shared/served';
import { localCertificate } from './certificate';
import {
  ConfigFileError,
  loadConfig,
  shownPath,
  type ConfigSource,
  type LoadedConfig,
} from './config-file';
import { listen } from './ports';
import { loadReplay } from './replay-file';
import { watchReachability } from './reachability';
import { createWebServer } from './server';

/**
 * Where `startWorkspace` reports what happens (config reloads, refused saves). Default: the console.
 *
 * @example
 * await startWorkspace({ apps: [{ url }], logger: { info() {}, warn: console.warn, error: console.error } });
 */
export interface WorkspaceLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/**
 * Options of {@link startWorkspace}: where the config comes from (an INI file, apps, a seed) and
 * how the page is served.
 *
 * @example
 * const options: StartWorkspaceOptions = { apps: [{ url: 'http://localhost:5173/' }], port: 5170 };
 */
export interface StartWorkspaceOptions extends ConfigSource {
  /** Default 5170; when taken, the next free port (unless `strictPort`). 0: any free port. */
  port?: number;
  /** Fail with a `PortInUseError` instead of taking the next free port. */
  strictPort?: boolean;
  /** The address listened on. Default `127.0.0.1` (the URL says `localhost`). */
  host?: string;
  /**
   * Host names the server answers besides `localhost`, `*.localhost`, IP addresses and `host`,
   * as Vite's `server.allowedHosts`: requests with any other `Host` header get 403, so a page on
   * another site cannot read the config by DNS rebinding. `.example.test` allows the name and its
   * subdomains; `true` allows any host (unsafe). Default none.
   */
  allowedHosts?: readonly string[] | true;
  /** Serve over HTTPS with a locally generated certificate (kept in the user's cache folder), or this one. */
  https?: boolean | { key: string; cert: string };
  /**
   * Watch the INI and seed files and apply saved changes to open pages. Default `true`. The
   * watcher is ready when `startWorkspace` resolves: a file saved after that is applied.
   */
  watch?: boolean;
  /** Open the page in the default browser. */
  open?: boolean;
  logger?: WorkspaceLogger;
  /**
   * Replay this recording (a file, or the recording itself) instead of simulating Workspace: the
   * app's requests get the recorded replies, the recorded events are sent step by step or played
   * from the page's controls, and divergences show in the inspector. An invalid recording throws
   * a `ReplayFileError` with the validator's message.
   */
  replay?: string | Recording;
  /**
   * With `replay`: match the app's requests to the recorded ones by request name only, not by
   * parameters (for a recording made against another version of the app, or other data). Default
   * `false`: a request whose parameters differ from the recorded ones is a divergence.
   */
  tolerant?: boolean;
}

/**
 * A running simulated Workspace.
 *
 * @example
 * const ws = await startWorkspace({ apps: [{ url: 'http://localhost:5173/' }] });
 * console.log(ws.url);
 * await ws.close();
 */
export interface RunningWorkspace {
  /** The page to open, e.g. `http://localhost:5170/`. */
  url: string;
  /** The page's origin (what apps see as Workspace's origin). */
  origin: string;
  port: number;
  /** The config the page is served now. */
  config(): ServedConfig;
  /** What is wrong in the config but does not stop it (shown on the page too). */
  problems(): string[];
  /** Whether each view's URL answers, once the server's first probe of them is done. */
  reachability(): Promise<Reachability>;
  /** Re-reads the config files now; throws a `ConfigFileError` (and keeps the last good config). */
  reload(): ServedConfig;
  /** Stops the server, the watcher and the probes. */
  close(): Promise<void>;
}

/** Opens `url` in the default browser; failures are reported, never thrown. */
function openBrowser(url: string, logger: WorkspaceLogger): void {
  const [cmd, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args as string[], { detached: true, stdio: 'ignore' });
    child.on('error', () => logger.warn(`Could not open a browser (${cmd}): open ${url} yourself`));
    child.unref();
  } catch {
    logger.warn(`Could not open a browser: open ${url} yourself`);
  }
}

/**
 * Starts the simulated Workspace agent desktop around your app(s): serves the prebuilt page
 * (Workspace's views, the simulated agent and interactions, the message inspector, the security
 * options) and embeds each app as a view whose origin Workspace accepts. What the
 * `wwe-workspace` bin runs. Throws a {@link ConfigFileError} for a config it cannot use and a
 * `PortInUseError` when `strictPort` is set and the port is taken.
 *
 * @example
 * import { startWorkspace } from '@wwe-kit/workspace';
 *
 * const workspace = await startWorkspace({ apps: [{ url: 'http://localhost:5173/' }] });
 * console.log(`Open ${workspace.url}`);
 * // later
 * await workspace.close();
 */
export async function startWorkspace(
  options: StartWorkspaceOptions = {},
): Promise<RunningWorkspace> {
  const logger: WorkspaceLogger = options.logger ?? console;
  let loaded: LoadedConfig = loadConfig(options);
  const replay =
    options.replay === undefined
      ? undefined
      : JSON.stringify({
          recording: loadReplay(options.replay),
          tolerant: options.tolerant ?? false,
        } satisfies ServedReplay);
  let version = 1;
  const served = (): ServedConfig => ({ ...loaded.config, version });

  let tls: { key: string; cert: string } | undefined;
  if (options.https === true) {
    const generated = await localCertificate();
    if (generated.created) logger.info(`Created a local HTTPS certificate in ${generated.dir}`);
    tls = generated;
  } else if (options.https) tls = options.https;

  const probeUrls = () => [...new Set(loaded.views.map((v) => v.url))];
  const host = options.host ?? '127.0.0.1';
  const web = createWebServer({
    allowedHosts: options.allowedHosts === true ? true : [host, ...(options.allowedHosts ?? [])],
    config: () => JSON.stringify(served()),
    ini: () => loaded.config.ini,
    reachability: () => JSON.stringify(probes.current()),
    replay: () => replay ?? 'null',
    tls,
  });
  let probes = watchReachability(probeUrls(), (r) => web.broadcast('reachability', r));
  let port: number;
  try {
    port = await listen(web.server, options.port ?? 5170, host, options.strictPort ?? false);
  } catch (e) {
    probes.stop();
    await web.close();
    throw e;
  }
  const name = host === '127.0.0.1' || host === '::1' || host === '0.0.0.0' ? 'localhost' : host;
  const origin = `${tls ? 'https' : 'http'}://${name}:${port}`;

  const reload = (): ServedConfig => {
    const next = loadConfig(options);
    const urlsBefore = JSON.stringify(probeUrls());
    loaded = next;
    version++;
    if (JSON.stringify(probeUrls()) !== urlsBefore) {
      probes.stop();
      probes = watchReachability(probeUrls(), (r) => web.broadcast('reachability', r));
    }
    watcher?.add(loaded.files);
    web.broadcast('config', served());
    return served();
  };

  let watcher: FSWatcher | undefined;
  if ((options.watch ?? true) && loaded.files.length) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    watcher = watch(loaded.files, { ignoreInitial: true, awaitWriteFinish: false });
    watcher.on('all', () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        try {
          const { source } = reload();
          logger.info(`Applied ${source} (config ${version}).`);
          for (const p of loaded.problems) logger.warn(`  ⚠ ${p}`);
        } catch (e) {
          const error =
            e instanceof ConfigFileError
              ? { file: shownPath(e.file), line: e.line, message: e.reason }
              : { file: loaded.config.source, message: String((e as Error)?.message ?? e) };
          web.broadcast('config-error', error);
          logger.error(`✖ ${(e as Error).message ?? e}\n  The last good config stays.`);
        }
      }, 100);
    });
    // Resolve once the watcher is watching: a save right after startWorkspace() is not missed.
    await new Promise<void>((resolve) => watcher!.once('ready', () => resolve()));
  }

  if (options.open) openBrowser(`${origin}/`, logger);
  return {
    url: `${origin}/`,
    origin,
    port,
    config: served,
    problems: () => [...loaded.problems],
    reachability: async () => {
      await probes.ready;
      return probes.current();
    },
    reload,
    async close() {
      probes.stop();
      await watcher?.close();
      await web.close();
    },
  };
}
