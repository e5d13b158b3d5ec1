// `npm run dev`: the app's dev server and the simulated Workspace around it, side by side.
// Open the one URL printed, the Workspace page: the app runs there as a tab, embedded as the real
// Workspace embeds it, under the security options of workspace.ini. Ctrl+C stops both.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';

const APP_URL = 'http://localhost:4200/'; // the origin workspace.ini accepts

/** The JavaScript file of a package's bin, run with this Node (no shell, on every platform). */
function bin(pkg, name) {
  const dir = path.join('node_modules', pkg);
  const { bin } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  return path.join(dir, typeof bin === 'string' ? bin : bin[name]);
}

const children = [];
let stopping = false;

/** Starts `node args…`; prints its output (through `keep`), and stops everything when it exits. */
function start(name, args, keep = () => true) {
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' },
  });
  for (const stream of [child.stdout, child.stderr])
    createInterface({ input: stream }).on('line', (line) => {
      if (keep(stripVTControlCharacters(line))) console.log(line);
    });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`${name} exited (${signal ?? code}): stopping`);
    stop(code || 1);
  });
  children.push(child);
  return child;
}

function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGINT');
  setTimeout(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    process.exit(code);
  }, 3000).unref();
  Promise.all(
    children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)),
  ).then(() => process.exit(code));
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

console.log('Starting the app and the simulated Workspace…');
// The app's dev server. Its own URL is not printed: open the Workspace page, which embeds it.
// (scripts/serve.mjs: `ng serve` letting only the Workspace origins of the app frame it.)
start('The app', ['scripts/serve.mjs'], (line) => {
  const text = line.trim();
  return (
    text !== '' &&
    !/https?:\/\/|➜|press h|ready in|^Watch mode|^Initial chunk|^Application bundle/i.test(text)
  );
});

// The simulated Workspace, once the app answers (so that its view loads at once). Its port is
// strict: http://localhost:5170 is the Workspace origin the app trusts
// (src/environments/workspace-origins.json).
for (;;) {
  if (stopping) break;
  const up = await fetch(APP_URL).then(
    (r) => r.ok,
    () => false,
  );
  if (up) break;
  await new Promise((r) => setTimeout(r, 300));
}
if (!stopping)
  start('The simulated Workspace', [
    bin('@wwe-kit/workspace', 'wwe-workspace'),
    '--config',
    'workspace.ini',
    '--strict-port',
  ]);
