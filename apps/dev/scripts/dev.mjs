#!/usr/bin/env node
// `pnpm dev`: the Workspace-like host page and the three sample apps, each on its own port (so on
// different origins), with the samples embedded in the page as workspace.ini says.
//
//   pnpm dev [--port 5170] [--react-port 5173] [--vue-port 5174] [--angular-port 4200]
//            [--config path/to/workspace.ini] [--no-build]
//   (or WORKSPACE_PORT, REACT_SAMPLE_PORT, VUE_SAMPLE_PORT, ANGULAR_SAMPLE_PORT, WORKSPACE_CONFIG)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  APP_DIR,
  DEFAULT_CONFIG,
  PAGE_HOST,
  SAMPLES,
  SAMPLE_HOST,
  WORKSPACE,
  checkPort,
  startSample,
  startWorkspacePage,
} from './servers.mjs';

const ROOT = path.resolve(APP_DIR, '../..');
const specs = [WORKSPACE, ...Object.values(SAMPLES)];

function fail(message) {
  console.error(`\n  ✖ ${message}\n`);
  process.exit(1);
}

let args;
try {
  args = parseArgs({
    options: {
      ...Object.fromEntries(specs.map((s) => [s.flag.slice(2), { type: 'string' }])),
      config: { type: 'string' },
      'no-build': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  }).values;
} catch (e) {
  fail(
    `${e.message}\n    Usage: pnpm dev [--port N] [--react-port N] [--vue-port N] [--angular-port N] [--config file.ini] [--no-build]`,
  );
}
if (args.help) {
  console.log(
    'pnpm dev [--port N] [--react-port N] [--vue-port N] [--angular-port N] [--config file.ini] [--no-build]\n' +
      'Env: WORKSPACE_PORT, REACT_SAMPLE_PORT, VUE_SAMPLE_PORT, ANGULAR_SAMPLE_PORT, WORKSPACE_CONFIG',
  );
  process.exit(0);
}

/** The port of a server: its flag, else its env var, else its default. */
function portOf(spec) {
  const raw = args[spec.flag.slice(2)] ?? process.env[spec.env];
  if (raw === undefined || raw === '') return spec.port;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 65535)
    fail(`${spec.label}: "${raw}" is not a port number (${spec.flag} / ${spec.env})`);
  return n;
}
const ports = new Map(specs.map((s) => [s, portOf(s)]));
const config = path.resolve(
  process.env.INIT_CWD ?? process.cwd(),
  args.config ?? process.env.WORKSPACE_CONFIG ?? DEFAULT_CONFIG,
);
if (!existsSync(config)) fail(`No config file at ${config} (--config / WORKSPACE_CONFIG)`);

// 1. Every port free, before anything is built or started.
const seen = new Map();
for (const [spec, port] of ports) {
  if (seen.has(port))
    fail(
      `${spec.label} and ${seen.get(port)} both want port ${port}: change one (${spec.flag} / ${spec.env})`,
    );
  seen.set(port, spec.label);
  try {
    await checkPort(port, SAMPLE_HOST);
  } catch (e) {
    if (e.code !== 'EADDRINUSE') throw e;
    fail(
      `Port ${port} (${spec.label}) is already in use.\n` +
        `    Stop what uses it, or pick another port:  pnpm dev ${spec.flag} ${port + 10}` +
        `   (or ${spec.env}=${port + 10} pnpm dev)`,
    );
  }
}

// 2. The Angular sample is served from its build (it runs against the built @wwe-kit/angular):
//    turbo builds it and the packages it needs, and restores it from its cache when unchanged.
if (!args['no-build']) {
  const started = Date.now();
  console.log(
    'Building @wwe-kit/workspace, the Angular sample and the packages they use (turbo; cached when unchanged)…',
  );
  const turbo = path.join(
    ROOT,
    'node_modules',
    '.bin',
    process.platform === 'win32' ? 'turbo.cmd' : 'turbo',
  );
  const r = spawnSync(
    turbo,
    [
      'run',
      'build',
      '--filter=angular-sample',
      '--filter=@wwe-kit/workspace',
      '--output-logs=errors-only',
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) {
    process.stderr.write(r.stdout ?? '');
    fail(
      `The Angular sample's build failed (see above; "pnpm --filter angular-sample... build" shows it all).` +
        (existsSync(path.join(SAMPLES['angular-sample'].dir, 'dist/browser/index.html'))
          ? '\n    To serve its last build meanwhile: pnpm dev --no-build'
          : ''),
    );
  }
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

// 3. The servers.
const running = [];
async function stop() {
  await Promise.allSettled(running.map((r) => r.close()));
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

// The samples accept only the Workspace origins they are built with (never the referrer or the
// URL): the React and Vue dev servers get this page's origin (VITE_WORKSPACE_ORIGINS, read by
// Vite when each server starts); the Angular sample, served from its production build, accepts
// its environment.ts origins (http://localhost:5170).
const pageOrigin = `http://${PAGE_HOST}:${ports.get(WORKSPACE)}`;
process.env.VITE_WORKSPACE_ORIGINS = pageOrigin;
const ANGULAR_ORIGIN = 'http://localhost:5170';

try {
  const samples = await Promise.all(
    Object.entries(SAMPLES).map(([name, spec]) =>
      startSample(/** @type {any} */ (name), { port: ports.get(spec), mode: 'dev' }),
    ),
  );
  running.push(...samples);
  const origins = Object.fromEntries(samples.map((s) => [s.name, s.origin]));
  const page = await startWorkspacePage({
    port: ports.get(WORKSPACE),
    origins,
    config,
    watch: true,
  });
  running.push(page);
  const rel = path.relative(process.cwd(), config) || config;
  console.log(
    [
      '',
      `  wwe-kit Workspace (simulated agent desktop), config ${rel}`,
      '',
      `  ➜  Open ${page.url}`,
      '',
      ...samples.map(
        (s) =>
          `     ${SAMPLES[s.name].label.padEnd(15)} ${s.origin}/` +
          (SAMPLES[s.name].devServer ? '' : '  (its build: restart pnpm dev after changing it)'),
      ),
      '',
      ...(pageOrigin === ANGULAR_ORIGIN
        ? []
        : [
            `  ⚠  The Angular sample (served from its production build) accepts only ${ANGULAR_ORIGIN}:`,
            `     shown by ${pageOrigin} it says so (origin-mismatch) unless rebuilt with`,
            `     ${pageOrigin} in apps/angular-sample/src/environments/environment.ts.`,
            '',
          ]),
      '  Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
} catch (e) {
  await Promise.allSettled(running.map((r) => r.close()));
  // A port taken since the check, a sample not built…: the message says it (DEBUG=1: the stack).
  fail(process.env.DEBUG ? String(e?.stack ?? e) : String(e?.message ?? e));
}
