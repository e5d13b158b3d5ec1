#!/usr/bin/env node
// The `wwe-workspace` bin: a simulated Workspace agent desktop around the user's own app.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DISPLAY_MODES, type DisplayMode } from '../shared/config';
import { didYouMean } from '../shared/did-you-mean';
import { ConfigFileError, checkApp, type AppView } from './config-file';
import { workspaceIniTemplate, workspaceSeedTemplate } from './init-template';
import { PortInUseError } from './ports';
import { ReplayFileError } from './replay-file';
import { startWorkspace } from './start-workspace';

const USAGE = `Usage: wwe-workspace [--app URL [--mode MODE] [--label TEXT]]... [options]
       wwe-workspace init [--app URL] [--force]

Runs a simulated Genesys Workspace agent desktop around your app, embedded cross-origin as
Workspace embeds it, under Workspace's security options, with every message inspected.

  --app URL        embed this app as a view, its origin accepted (repeatable)
  --mode MODE      how the --app before it is shown: tab (default), popup, background, hidden
  --label TEXT     the title of the --app before it
  --config FILE    a Workspace INI file (default: ./workspace.ini when no --app is given)
  --seed FILE      seed data, JSON or YAML: agent, interactions, targets, campaigns
  --replay FILE    replay a recorded session (devtools or desktop "Export JSON") to the app:
                   recorded replies, events step by step or played, divergences shown
  --tolerant       with --replay: match the app's requests by name only, not by parameters
  --port N         the page's port (default 5170; the next free one when taken)
  --strict-port    exit when the port is taken instead
  --host ADDRESS   the address listened on (default 127.0.0.1)
  --allowed-host NAME
                   also answer requests for this host name (repeatable; .example.test: it and
                   its subdomains). Only localhost and IP addresses are answered otherwise
  --https          serve over HTTPS with a locally generated certificate
  --open           open the page in the default browser
  --no-watch       do not apply saved changes of the config files
  -v, --version    print the version
  -h, --help       print this text

init writes a commented workspace.ini (views, every service-client-api option, the simulated
agent) and the workspace.seed.yaml it names into the current folder.

Examples:
  npx @wwe-kit/workspace --app http://localhost:5173
  npx @wwe-kit/workspace --app http://localhost:5173 --app http://localhost:4200 --mode popup
  npx @wwe-kit/workspace init && npx @wwe-kit/workspace`;

/** A usage error: the text and exit code 2. */
function usage(message: string): never {
  process.stderr.write(`wwe-workspace: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function fail(message: string): never {
  process.stderr.write(`\n  ✖ ${message}\n\n`);
  process.exit(1);
}

function version(): string {
  const file = new URL('../package.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

interface Parsed {
  command: 'start' | 'init';
  apps: AppView[];
  values: Record<string, string | boolean | string[] | undefined>;
}

const OPTIONS = {
  app: { type: 'string', multiple: true },
  mode: { type: 'string', multiple: true },
  label: { type: 'string', multiple: true },
  config: { type: 'string' },
  seed: { type: 'string' },
  replay: { type: 'string' },
  tolerant: { type: 'boolean' },
  port: { type: 'string' },
  'strict-port': { type: 'boolean' },
  host: { type: 'string' },
  'allowed-host': { type: 'string', multiple: true },
  https: { type: 'boolean' },
  open: { type: 'boolean' },
  'no-watch': { type: 'boolean' },
  force: { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The usage message of a parseArgs error, with the flag probably meant for an unknown one. */
function argsError(e: unknown): string {
  const message = (e as Error).message;
  if ((e as { code?: string }).code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return message;
  const flag = /'(-[^']*)'/.exec(message)?.[1] ?? '';
  const name = flag.replace(/=.*$/, '');
  const flags = Object.keys(OPTIONS).map((k) => `--${k}`);
  const near = didYouMean(name, flags);
  return `unknown option ${name}${near ? `: did you mean ${near}?` : ''}`;
}

function parse(argv: string[]): Parsed {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      tokens: true,
      options: OPTIONS,
    });
  } catch (e) {
    usage(argsError(e));
  }
  const [first, ...rest] = parsed.positionals;
  if (rest.length || (first !== undefined && first !== 'init'))
    usage(`unexpected argument "${rest[0] ?? first}"`);
  // --mode and --label apply to the --app before them.
  const apps: AppView[] = [];
  for (const t of parsed.tokens) {
    if (t.kind !== 'option') continue;
    if (t.name === 'app') apps.push({ url: t.value! });
    if (t.name === 'mode' || t.name === 'label') {
      const app = apps.at(-1);
      if (!app) usage(`--${t.name} ${t.value}: put it after the --app it is for`);
      if (t.name === 'label') app.label = t.value!;
      else if (!DISPLAY_MODES.includes(t.value as DisplayMode))
        usage(
          `--mode ${t.value}: not one of ${DISPLAY_MODES.join(', ')}${
            didYouMean(t.value!, DISPLAY_MODES)
              ? `: did you mean ${didYouMean(t.value!, DISPLAY_MODES)}?`
              : ''
          }`,
        );
      else app.mode = t.value as DisplayMode;
    }
  }
  for (const app of apps) {
    try {
      checkApp(app);
    } catch (e) {
      usage((e as Error).message);
    }
  }
  const values = { ...parsed.values } as Record<string, string | boolean | string[] | undefined>;
  return { command: first === 'init' ? 'init' : 'start', apps, values };
}

function init({ apps, values }: Parsed): void {
  const files = [
    ['workspace.ini', workspaceIniTemplate(apps[0]?.url)],
    ['workspace.seed.yaml', workspaceSeedTemplate()],
  ] as const;
  const existing = files.filter(([f]) => existsSync(f)).map(([f]) => f);
  if (existing.length && !values.force)
    fail(
      `${existing.join(' and ')} already exist${existing.length > 1 ? '' : 's'}: --force overwrites`,
    );
  for (const [file, text] of files) writeFileSync(file, text);
  process.stdout.write(
    `Wrote ${files.map(([f]) => f).join(' and ')} in ${process.cwd()}.\n` +
      `Edit them (every option is explained there), then run:  npx wwe-workspace\n`,
  );
}

async function start({ apps, values }: Parsed): Promise<void> {
  if (values.tolerant && !values.replay)
    usage('--tolerant is for a replay: give the recording too (--replay session.json --tolerant)');
  let port: number | undefined;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      usage(`--port ${values.port}: not a port number`);
  }
  let config = values.config as string | undefined;
  if (!config && !apps.length) {
    if (!existsSync('workspace.ini'))
      usage(
        'no app to show: give its URL (--app http://localhost:5173), or write a workspace.ini first (wwe-workspace init)',
      );
    config = 'workspace.ini';
  }
  const started = performance.now();
  let workspace;
  try {
    workspace = await startWorkspace({
      apps,
      ...(config ? { config } : {}),
      ...(values.seed ? { seed: values.seed as string } : {}),
      ...(values.replay ? { replay: values.replay as string } : {}),
      ...(values.tolerant ? { tolerant: true } : {}),
      ...(port !== undefined ? { port } : {}),
      strictPort: !!values['strict-port'],
      ...(values.host ? { host: values.host as string } : {}),
      ...(values['allowed-host'] ? { allowedHosts: values['allowed-host'] as string[] } : {}),
      https: !!values.https,
      watch: !values['no-watch'],
      open: !!values.open,
    });
  } catch (e) {
    if (e instanceof ConfigFileError || e instanceof ReplayFileError)
      fail(`${e.message}\n    Nothing was started.`);
    if (e instanceof PortInUseError)
      fail(
        `${e.message} (--strict-port). Stop what uses it, or pick another: --port ${e.port + 10}`,
      );
    fail(String((e as Error)?.message ?? e));
  }
  const { config: served, url } = { config: workspace.config(), url: workspace.url };
  process.stdout.write(
    [
      '',
      `  wwe-kit Workspace, a simulated agent desktop (config: ${served.source}${
        config && !values['no-watch'] ? ', watched' : ''
      }), ready in ${Math.round(performance.now() - started)} ms. Open:`,
      '',
      url,
      '',
      ...(values.replay
        ? [
            `  Replaying ${values.replay as string}${
              values.tolerant ? ' (tolerant: requests matched by name only)' : ''
            }: step, play and pause on the page.`,
            '',
          ]
        : []),
      ...workspace.problems().map((p) => `  ⚠ ${p}`),
      '  Ctrl+C to stop.',
      '',
    ].join('\n') + '\n',
  );
  // Says so at once when an app is not running yet (its view explains it too), from the
  // server's own probes.
  void workspace.reachability().then((reach) => {
    for (const [v, r] of Object.entries(reach))
      if (!r.ok)
        process.stdout.write(
          `  ⚠ Nothing answers at ${v} yet (${r.error}): start your app; its view loads it when it answers.\n`,
        );
  });
  const stop = () => void workspace.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const parsed = parse(process.argv.slice(2));
if (parsed.values.help) {
  process.stdout.write(`${USAGE}\n`);
} else if (parsed.values.version) {
  process.stdout.write(`${version()}\n`);
} else if (parsed.command === 'init') {
  init(parsed);
} else {
  await start(parsed);
}
