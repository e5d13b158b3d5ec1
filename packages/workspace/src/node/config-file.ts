import { readFileSync } from 'node:fs';
import path from 'node:path';
import { OPTIONS, filterForOrigin, parseAcceptedOrigins } from '@wwe-kit/core/internal';
import { parseWorkspaceIni, type WorkspaceOptions } from '@wwe-kit/simulator';
import { parse as parseYaml } from 'yaml';
import { DISPLAY_MODES, readConfig, type DisplayMode, type ViewConfig } from '../shared/config';
import type { SeedData, ServedConfig } from '../shared/served';

/**
 * An app to embed as a Workspace-level view: its URL, and how Workspace shows it.
 *
 * @example
 * const app: AppView = { url: 'http://localhost:5173/', mode: 'popup', label: 'My CRM' };
 */
export interface AppView {
  url: string;
  /** Default `'tab'`. */
  mode?: DisplayMode;
  /** The tab's title. Default the URL's host. */
  label?: string;
}

/**
 * A config file that cannot be used: which file, which line, and why.
 *
 * @example
 * try { loadConfig({ config: 'workspace.ini' }); } catch (e) { if (e instanceof ConfigFileError) console.error(e.message); }
 */
export class ConfigFileError extends Error {
  override name = 'ConfigFileError';
  constructor(
    /** The file at fault. */
    readonly file: string,
    reason: string,
    /**
     * Its line (1-based), when one line is at fault.
     */
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${reason}`);
    this.reason = reason;
  }
  /** The reason alone, without the file and line. */
  readonly reason: string;
}

/**
 * Where a config comes from: an INI file, apps given on the command line, or both (the apps are
 * added to the file's views and accepted origins), plus an optional seed.
 *
 * @example
 * loadConfig({ apps: [{ url: 'http://localhost:5173/' }] }).config.ini;
 */
export interface ConfigSource {
  /** An INI file in Workspace's format (`workspace.ini`). */
  config?: string;
  apps?: readonly AppView[];
  /** Seed data, or a JSON/YAML file of it; merged over the INI's own. */
  seed?: SeedData | string;
  /** Programmatic only: `{{name}}` in the INI text is replaced by `placeholders[name]`. */
  placeholders?: Record<string, string>;
}

/**
 * A config as read from disk: what the page is served, the views (for the reachability probes),
 * the files to watch, and what is wrong but not fatal.
 *
 * @example
 * const { config, views, files, problems } = loadConfig({ config: 'workspace.ini' });
 */
export interface LoadedConfig {
  config: Omit<ServedConfig, 'version'>;
  views: ViewConfig[];
  options: WorkspaceOptions;
  /** The INI and seed files it was read from. */
  files: string[];
  problems: string[];
}

/** The INI lines that add `apps` as Workspace-level views whose origins are accepted. */
export function appsIni(apps: readonly AppView[], base: WorkspaceOptions = {}): string {
  const sections = apps.map((_, i) => `App${i + 1}`);
  const existing = (base['workspace.web-content'] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  // An app whose origin the option already accepts (by its own entry, with its filter, or by
  // `*`) is left as the administrator wrote it; any other app's origin is added without a filter.
  const written = base[OPTIONS.origins]?.trim() ?? '';
  const accepted = written ? [written] : [];
  const policy = parseAcceptedOrigins(written);
  for (const app of apps) {
    const origin = new URL(app.url).origin;
    if (filterForOrigin(policy, origin) === undefined && !accepted.includes(origin))
      accepted.push(origin);
  }
  return [
    '[interaction-workspace]',
    `workspace.web-content=${[...existing, ...sections].join(',')}`,
    `${OPTIONS.origins}=${accepted.join(', ')}`,
    ...apps.flatMap((app, i) => [
      '',
      `[${sections[i]}]`,
      `label=${app.label ?? new URL(app.url).host}`,
      `url=${app.url}`,
      `mode=${app.mode ?? 'tab'}`,
    ]),
    '',
  ].join('\n');
}

/**
 * A file name as the page may show it: relative to the working directory when inside it, else
 * its base name (never an absolute path). `+ --app` and other text after the path are kept.
 *
 * @example
 * shownPath('/home/ada/secret/workspace.ini'); // 'workspace.ini' (outside the working directory)
 */
export function shownPath(file: string): string {
  const [first, ...rest] = file.split(' + ');
  if (!first || !path.isAbsolute(first)) return file;
  const relative = path.relative(process.cwd(), first);
  const shown =
    relative && !relative.startsWith('..') && !path.isAbsolute(relative)
      ? relative
      : path.basename(first);
  return [shown, ...rest].join(' + ');
}

/**
 * The URL an app URL written without a scheme probably meant: `http://` for localhost and IP
 * addresses, `https://` for other hosts. `undefined` when it would not be a URL either.
 *
 * @example
 * urlWithScheme('localhost:5173'); // 'http://localhost:5173/'
 */
export function urlWithScheme(url: string): string | undefined {
  const local = /^(localhost|127\.|\[|\d+\.\d+\.\d+\.\d+)/i.test(url);
  try {
    return new URL(`${local ? 'http' : 'https'}://${url.replace(/^\/+/, '')}`).href;
  } catch {
    return undefined;
  }
}

/** Checks an app URL given on the command line or to `startWorkspace`. */
export function checkApp(app: AppView): AppView {
  let url: URL | undefined;
  try {
    url = new URL(app.url);
  } catch {
    url = undefined;
  }
  // `localhost:5173` parses as a URL whose scheme is `localhost:`: a host and port, no scheme.
  if (!url || /^[\w.-]+:\d+(\/|$)/.test(app.url)) {
    const guess = urlWithScheme(app.url);
    throw new TypeError(
      `--app ${app.url}: not an absolute URL${
        guess ? `: did you mean --app ${guess}?` : ' (e.g. http://localhost:5173/)'
      }`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new TypeError(`--app ${app.url}: only http: and https: apps can be embedded`);
  if (app.mode !== undefined && !DISPLAY_MODES.includes(app.mode))
    throw new TypeError(`--mode ${app.mode}: not one of ${DISPLAY_MODES.join(', ')}`);
  return app;
}

const list = (v: string | undefined) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** The `[wwe-kit]` section's seed keys. */
function iniSeed(options: WorkspaceOptions, file: string): SeedData {
  const get = (key: string) => options[`wwe-kit/${key}`];
  const seed: SeedData = {};
  const agent = {
    firstName: get('agent.first-name'),
    lastName: get('agent.last-name'),
    userName: get('agent.user-name'),
    employeeId: get('agent.employee-id'),
    emailAddress: get('agent.email'),
  };
  const set = Object.entries(agent).filter(([, v]) => v !== undefined);
  if (set.length) seed.agent = Object.fromEntries(set);
  if (get('media') !== undefined) seed.media = list(get('media'));
  if (get('initial-state')) seed.initialState = get('initial-state')!;
  if (get('not-ready-reasons') !== undefined)
    seed.notReadyReasons = list(get('not-ready-reasons')).map((entry) => {
      const m = /^(.+?):\s*(\S+)$/.exec(entry);
      if (!m)
        throw new ConfigFileError(
          file,
          `[wwe-kit] not-ready-reasons: "${entry}" is not Name:code (e.g. Break:1511)`,
        );
      return { name: m[1]!.trim(), code: m[2]! };
    });
  return seed;
}

/** Reads a JSON or YAML seed file. */
function readSeedFile(file: string): SeedData {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    // The error's code, not its message: the message holds the absolute path, which the page
    // must not learn.
    throw new ConfigFileError(
      file,
      `cannot read the seed file (${(e as NodeJS.ErrnoException).code ?? 'unreadable'})`,
    );
  }
  let data: unknown;
  try {
    data = /\.json$/i.test(file) ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    const line = (e as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    throw new ConfigFileError(file, (e as Error).message.split('\n')[0]!, line);
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data))
    throw new ConfigFileError(file, 'a seed file holds one object (agent, interactions, …)');
  checkSeed(data as SeedData, file);
  return data as SeedData;
}

const INTERACTION_TYPES = ['voice', 'chat', 'email'];

/** Shape checks of seed data, with the file named in the error. */
function checkSeed(seed: SeedData, file: string): void {
  const fail = (reason: string) => {
    throw new ConfigFileError(file, reason);
  };
  for (const key of Object.keys(seed))
    if (
      ![
        'agent',
        'media',
        'notReadyReasons',
        'initialState',
        'interactions',
        'targets',
        'campaigns',
      ].includes(key)
    )
      fail(
        `unknown seed key "${key}" (agent, media, notReadyReasons, initialState, interactions, targets, campaigns)`,
      );
  for (const key of ['media', 'notReadyReasons', 'interactions', 'targets', 'campaigns'] as const)
    if (seed[key] !== undefined && !Array.isArray(seed[key])) fail(`"${key}" must be a list`);
  seed.interactions?.forEach((i, n) => {
    if (!INTERACTION_TYPES.includes(i?.type))
      fail(`interactions[${n}].type must be one of ${INTERACTION_TYPES.join(', ')}`);
  });
  seed.targets?.forEach((t, n) => {
    if (typeof t?.destination !== 'string' || !t.destination)
      fail(`targets[${n}] needs a destination`);
  });
  seed.campaigns?.forEach((c, n) => {
    if (typeof c?.name !== 'string' || !c.name) fail(`campaigns[${n}] needs a name`);
  });
}

function mergeSeed(...seeds: SeedData[]): SeedData {
  const out: SeedData = {};
  for (const s of seeds) {
    const agent = { ...out.agent, ...s.agent };
    Object.assign(out, s);
    if (Object.keys(agent).length) out.agent = agent;
  }
  return out;
}

/**
 * Reads a config: the INI file (if any) with its `[wwe-kit]` seed keys and the seed file its
 * `seed=` names, the apps given on the command line, and a seed given directly. Throws a
 * {@link ConfigFileError} naming the file and line of anything it cannot use.
 *
 * @example
 * const { config } = loadConfig({ config: 'workspace.ini' });
 */
export function loadConfig(source: ConfigSource): LoadedConfig {
  const files: string[] = [];
  let text = '';
  let label = '--app';
  if (source.config) {
    const file = path.resolve(source.config);
    files.push(file);
    const relative = path.relative(process.cwd(), file);
    label = relative && !relative.startsWith('..') ? relative : file;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new ConfigFileError(label, `cannot read the config file (${(e as Error).message})`);
    }
    if (source.placeholders)
      text = text.replace(
        /\{\{\s*([\w-]+)\s*\}\}/g,
        (whole, name: string) => source.placeholders![name] ?? whole,
      );
  }
  let options: WorkspaceOptions;
  try {
    options = parseWorkspaceIni(text);
  } catch (e) {
    throw new ConfigFileError(
      label,
      (e as Error).message.replace(/^line \d+: /, ''),
      (e as { line?: number }).line,
    );
  }
  const apps = (source.apps ?? []).map(checkApp);
  if (apps.length) {
    text = `${text}${text && !text.endsWith('\n') ? '\n' : ''}${
      text ? '\n; added by --app\n' : ''
    }${appsIni(apps, options)}`;
    options = parseWorkspaceIni(text);
    if (source.config) label = `${label} + --app`;
  }
  const seeds: SeedData[] = [];
  if (source.config) {
    seeds.push(iniSeed(options, label));
    const seedFile = options['wwe-kit/seed'];
    if (seedFile) {
      const file = path.resolve(path.dirname(path.resolve(source.config)), seedFile);
      files.push(file);
      seeds.push(readSeedFile(file));
    }
  }
  if (typeof source.seed === 'string') {
    const file = path.resolve(source.seed);
    files.push(file);
    seeds.push(readSeedFile(file));
  } else if (source.seed) {
    checkSeed(source.seed, 'seed');
    seeds.push(source.seed);
  }
  const { views, problems } = readConfig(text, shownPath(label));
  return {
    // What the page is served names the file without the folders above the working directory:
    // the page (and anything that could read it) learns nothing of the file system.
    config: { source: shownPath(label), ini: text, seed: mergeSeed(...seeds) },
    views,
    options,
    files,
    problems,
  };
}
