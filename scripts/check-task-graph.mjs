#!/usr/bin/env node
/**
 * Proves the turbo task graph never replays a stale pass: in a scratch copy of the repository (its
 * tracked and untracked, non-ignored files, committed in a new git repository), edits one source
 * file at a time and asserts, with `turbo run test typecheck --dry=json`, that the `test` and
 * `typecheck` hashes of every package that reads it change, and that the others do not.
 *
 * Every package reads its workspace dependencies' sources (`customConditions: ["@wwe-kit/source"]`),
 * so a package's tasks depend on its dependencies' `transit` task (turbo.json), whose hash covers
 * their files and, transitively, their own dependencies'. Files read outside the dependency graph
 * (root scripts, browser-harness in core's tests) are declared as `inputs`.
 *
 * Usage: node scripts/check-task-graph.mjs   (no install or build needed; about 10 s)
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const turbo = join(root, 'node_modules', '.bin', 'turbo');

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

/** taskId (`pkg#task`) → hash of every `test` and `typecheck` task. */
function hashes(dir) {
  const out = run(
    turbo,
    ['run', 'test', 'typecheck', '--dry=json', '--no-daemon', '--no-update-notifier'],
    dir,
  );
  const json = JSON.parse(out.slice(out.indexOf('{')));
  return new Map(
    json.tasks
      .filter((t) => t.command !== '<NONEXISTENT>' && /#(test|typecheck)$/.test(t.taskId))
      .map((t) => [t.taskId, t.hash]),
  );
}

/** Workspace packages: name → the workspace packages it depends on (any dependency field). */
function workspaceGraph(dir) {
  const list = JSON.parse(run('pnpm', ['ls', '-r', '--depth', '-1', '--json'], dir));
  const names = new Set(list.map((p) => p.name));
  const graph = new Map();
  const dirOf = new Map();
  for (const p of list) {
    const manifest = JSON.parse(readFileSync(join(p.path, 'package.json'), 'utf8'));
    const deps = Object.keys({
      ...manifest.dependencies,
      ...manifest.devDependencies,
      ...manifest.peerDependencies,
    }).filter((d) => names.has(d) && d !== p.name);
    graph.set(p.name, deps);
    dirOf.set(p.name, p.path);
  }
  return { graph, dirOf };
}

/** The packages that read `pkg`: itself and every package depending on it, transitively. */
function readersOf(graph, pkg) {
  const out = new Set([pkg]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [name, deps] of graph)
      if (!out.has(name) && deps.some((d) => out.has(d))) {
        out.add(name);
        grew = true;
      }
  }
  return out;
}

// The scratch copy: what `git ls-files` lists (tracked, and untracked but not ignored).
const scratch = mkdtempSync(join(tmpdir(), 'wwe-kit-task-graph-'));
let failures = 0;
try {
  const files = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], root)
    .split('\0')
    .filter(Boolean);
  for (const f of files) {
    try {
      mkdirSync(dirname(join(scratch, f)), { recursive: true });
      cpSync(join(root, f), join(scratch, f));
    } catch (e) {
      if (e.code !== 'ENOENT') throw e; // deleted but not yet staged
    }
  }
  const git = (...args) =>
    run('git', ['-c', 'user.name=check', '-c', 'user.email=check@localhost', ...args], scratch);
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'scratch');
  const { graph } = workspaceGraph(root);
  const pkgOf = (taskId) => taskId.slice(0, taskId.lastIndexOf('#'));

  /**
   * Appends a comment to `file` and checks the tasks of `expected` (package names, or task ids
   * `pkg#task`) changed hash
   * and every other `test`/`typecheck` task did not; then restores the file.
   */
  const check = (file, expected, why) => {
    const before = hashes(scratch);
    const original = readFileSync(join(scratch, file), 'utf8');
    appendFileSync(join(scratch, file), '\n// edited by check-task-graph\n');
    const after = hashes(scratch);
    cpSync(join(root, file), join(scratch, file));
    if (readFileSync(join(scratch, file), 'utf8') !== original) throw new Error('restore failed');
    const stale = [];
    const spurious = [];
    for (const [task, hash] of before) {
      const changed = after.get(task) !== hash;
      const reads = expected.has(pkgOf(task)) || expected.has(task);
      if (reads && !changed) stale.push(task);
      if (!reads && changed) spurious.push(task);
    }
    const changedCount = [...before].filter(([t, h]) => after.get(t) !== h).length;
    if (stale.length || spurious.length) failures++;
    console.log(
      `${stale.length || spurious.length ? '✗' : '✓'} ${file} (${why}): ${changedCount} of ${before.size} test/typecheck hashes changed`,
    );
    for (const t of stale) console.log(`    stale: ${t} reads ${file} but its hash did not change`);
    for (const t of spurious) console.log(`    spurious: ${t} changed but does not read ${file}`);
  };

  const core = readersOf(graph, '@wwe-kit/core');
  check('packages/core/src/store.ts', core, 'core and every package depending on it');
  // Core's tests import browser-harness by path (packages/core/turbo.json declares it).
  check(
    'packages/browser-harness/src/index.ts',
    new Set([...readersOf(graph, '@wwe-kit/browser-harness'), '@wwe-kit/core']),
    'browser-harness, its dependents, and core (its tests import it)',
  );
  check(
    'packages/react/src/index.ts',
    readersOf(graph, '@wwe-kit/react'),
    'react and its dependents only',
  );
  // Read by the samples' tests (apps/*-sample/turbo.json declare it).
  check(
    'scripts/simulator-markers.ts',
    new Set(['react-sample', 'vue-sample', 'angular-sample']),
    "the samples' tests",
  );
  // Read by the React and Vue samples' Vite configs, so by their builds, and by the e2e suite of
  // apps/dev, which serves them.
  check(
    'scripts/vite-workspace-packages.ts',
    new Set(['react-sample', 'vue-sample', 'dev#test']),
    'the Vite samples and the e2e suite serving them',
  );
  // Packs the tarballs the consumer tests install (tests/consumer/turbo.json declares it).
  check('scripts/pack.mjs', new Set(['consumer-tests#test']), 'the consumer tests');
  // Every package extends it (globalDependencies).
  check('tsconfig.base.json', new Set(graph.keys()), 'every package');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
if (failures) {
  console.error(`task graph: ${failures} check(s) failed (see turbo.json and */turbo.json)`);
  process.exit(1);
}
console.log('task graph: every reader of an edited file gets a new hash, and only they do');
