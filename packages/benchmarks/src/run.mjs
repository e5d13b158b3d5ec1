// `pnpm bench`: prints the machine, then runs each benchmark in its own Node process (a fresh heap,
// and a jsdom DOM only where one is needed): `node src/run.mjs [latency|throughput|rendering|memory|replay]…`
// runs the named ones only.
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const BENCHMARKS = ['latency', 'throughput', 'rendering', 'memory', 'replay'];

const asked = process.argv.slice(2).filter((a) => a !== '--');
const unknown = asked.filter((a) => !BENCHMARKS.includes(a));
if (unknown.length) {
  console.error(`unknown benchmark ${unknown.join(', ')}; choose from ${BENCHMARKS.join(', ')}`);
  process.exit(2);
}
const chosen = asked.length ? BENCHMARKS.filter((b) => asked.includes(b)) : BENCHMARKS;

function chromiumVersion() {
  try {
    const out = execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return out.trim();
  } catch {
    return 'Chromium not found';
  }
}

const require = createRequire(import.meta.url);
const version = (name) => {
  try {
    return require(`${name}/package.json`).version;
  } catch {
    return '?';
  }
};

const cpus = os.cpus();
console.log(`wwe-kit benchmarks — ${new Date().toISOString().replace('T', ' ').slice(0, 16)} UTC`);
console.log(
  `machine: ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.arch()}`,
);
console.log(
  `runtime: Node ${process.version}; ${chromiumVersion()} (headless, playwright-core ${version('playwright-core')}); jsdom ${version('jsdom')}`,
);
console.log(
  `frameworks: React ${version('react')}, Vue ${version('vue')}, Angular ${version('@angular/core')} — production builds`,
);
console.log(
  'measured: the built dist of every @wwe-kit package (what users install; turbo builds them first)',
);

const started = performance.now();
let failed = false;
for (const name of chosen) {
  const t = performance.now();
  const script = fileURLToPath(new URL(`./${name}.mjs`, import.meta.url));
  const { status } = spawnSync(process.execPath, ['--expose-gc', script], { stdio: 'inherit' });
  const seconds = ((performance.now() - t) / 1000).toFixed(1);
  if (status !== 0) {
    failed = true;
    console.error(`${name} failed (exit ${status}) after ${seconds} s`);
  } else console.log(`  (${name}: ${seconds} s)`);
}
console.log(`\ntotal: ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (failed) process.exit(1);
