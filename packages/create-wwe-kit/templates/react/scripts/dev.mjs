// `npm run dev`: the app's dev server (Vite, http://localhost:5173) and the simulated Workspace
// (wwe-workspace --config workspace.ini, http://localhost:5170) side by side. Prints one URL, the
// Workspace page with the app in it; Ctrl+C stops both.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) =>
  path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

const children = [];
let stopping = false;

/** Starts a bin of node_modules/.bin; its output goes through `onLine`. */
function start(name, args, onLine) {
  const child = spawn(bin(name), args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: process.platform === 'win32',
  });
  children.push(child);
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.on('data', (chunk) => {
      const lines = (rest + chunk).split(/\r?\n/);
      rest = lines.pop() ?? '';
      for (const line of lines) onLine(line, stream === child.stderr);
    });
  }
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`\n${name} stopped (${signal ?? `exit code ${code}`}).`);
    stop(code ?? 1);
  });
  return child;
}

function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
  Promise.all(
    children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)),
  ).then(() => process.exit(code));
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

// Vite's own banner (its URL) is not printed: the app is opened inside Workspace.
start('vite', ['--logLevel', 'warn'], (line, isError) => {
  if (line.trim()) (isError ? console.error : console.log)(`[app] ${line}`);
});

let shown = false;
start('wwe-workspace', ['--config', 'workspace.ini', '--strict-port'], (line, isError) => {
  const url = /^\s*(https?:\/\/\S+)\s*$/.exec(line)?.[1];
  if (url && !shown) {
    shown = true;
    console.log(`\n  __APP_NAME__ in the simulated Workspace:\n\n${url}\n\n  Ctrl+C to stop.\n`);
  } else if (isError || /warn|error|fail|change|reload/i.test(line))
    (isError ? console.error : console.log)(`[workspace] ${line.trim()}`);
});
