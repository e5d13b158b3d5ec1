#!/usr/bin/env node
/**
 * Checks every published package as npm would ship it: packs it with `pnpm pack` (applying
 * `publishConfig`, turning `workspace:*` into versions), then runs `publint --strict` and
 * `@arethetypeswrong/cli` on the tarball, plus a few checks of our own on the packed manifest.
 * Works offline (attw runs with `--no-definitely-typed`, so it never asks the registry).
 *
 * Usage: pnpm check:packages        (after pnpm build)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

/** The published packages; `attw` is the analysis profile, with the reason when not `strict`. */
const PACKAGES = [
  { dir: 'packages/core', attw: ['--profile', 'strict'] },
  { dir: 'packages/simulator', attw: ['--profile', 'strict'] },
  { dir: 'packages/react', attw: ['--profile', 'strict'] },
  { dir: 'packages/vue', attw: ['--profile', 'strict'] },
  // ESM only by design (Angular Package Format, as Angular itself): `require()` is not offered.
  { dir: 'packages/angular', attw: ['--profile', 'esm-only'] },
  // A Node tool (bin + startWorkspace), ESM only; its page is prebuilt into dist/page.
  { dir: 'packages/workspace', attw: ['--profile', 'esm-only'] },
];

const run = (cmd, args, cwd = root) => {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}`.trim() };
};

/** Our own checks of the packed manifest and file list. */
function checkManifest(pkgDir, tarball) {
  const problems = [];
  const source = JSON.parse(readFileSync(join(root, pkgDir, 'package.json'), 'utf8'));
  const list = run('tar', ['-tzf', tarball]).out.split('\n');
  const manifest = JSON.parse(run('tar', ['-xzOf', tarball, 'package/package.json']).out);
  const text = JSON.stringify(manifest);
  if (text.includes('@wwe-kit/source'))
    problems.push('the in-repo "@wwe-kit/source" condition is published (publishConfig.exports?)');
  if (text.includes('workspace:')) problems.push('a "workspace:" dependency is published');
  const want = Object.keys(source.exports ?? {}).join(', ');
  const got = Object.keys(manifest.exports ?? {}).join(', ');
  if (want !== got) problems.push(`published exports [${got}] differ from exports [${want}]`);
  for (const file of ['package/README.md', 'package/LICENSE'])
    if (!list.includes(file)) problems.push(`${file.slice(8)} is not in the tarball`);
  const stray = list.filter((f) =>
    /(^package\/src\/|\.test\.|\.tsbuildinfo$|\/package\.json$)/.test(f),
  );
  const extra = stray.filter((f) => f !== 'package/package.json');
  if (extra.length) problems.push(`unexpected files: ${extra.join(', ')}`);
  return problems;
}

const out = mkdtempSync(join(tmpdir(), 'wwe-kit-pack-'));
const failures = [];
try {
  for (const { dir, attw } of PACKAGES) {
    const name = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')).name;
    if (!existsSync(join(root, dir, 'dist'))) {
      failures.push(`${name}: no dist/ (run pnpm build first)`);
      continue;
    }
    const dest = join(out, name.replace('/', '-'));
    const packed = run('pnpm', ['pack', '--pack-destination', dest], join(root, dir));
    const tarball = packed.ok && readdirSync(dest).find((f) => f.endsWith('.tgz'));
    if (!tarball) {
      failures.push(`${name}: pnpm pack failed\n${packed.out}`);
      continue;
    }
    const file = join(dest, tarball);
    const steps = [
      ['manifest', () => checkManifest(dir, file)],
      ['publint --strict', () => run(bin('publint'), ['run', '--strict', file])],
      ['attw', () => run(bin('attw'), ['--no-definitely-typed', '--no-color', ...attw, file])],
    ];
    for (const [step, check] of steps) {
      const r = check();
      const ok = Array.isArray(r) ? r.length === 0 : r.ok;
      console.log(
        `${ok ? 'ok  ' : 'FAIL'} ${name}: ${step}${step === 'attw' ? ` ${attw.join(' ')}` : ''}`,
      );
      if (!ok) {
        const detail = Array.isArray(r) ? r.join('\n') : r.out;
        console.log(detail.replace(/^/gm, '     '));
        failures.push(`${name}: ${step}`);
      }
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
if (failures.length) {
  console.error(`\nPackage checks failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`\nAll ${PACKAGES.length} packages pass publint --strict and attw.`);
