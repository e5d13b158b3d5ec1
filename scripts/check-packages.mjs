#!/usr/bin/env node
/**
 * Checks every published package as npm would ship it: packs it with `pnpm pack` (applying
 * `publishConfig`, turning `workspace:*` into versions), then runs `publint --strict` and
 * `@arethetypeswrong/cli` on the tarball, plus checks of our own on the packed package: its
 * manifest (repository with directory, homepage, bugs, keywords; no private workspace package in
 * any dependency field), its README (title, then an install line; absolute links only), its source
 * and declaration maps (present, and pointing to sources inside the tarball) and the JSDoc of its
 * declarations (no template or decorator line read as a tag).
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
  // ng-packagr emits source maps of its FESM bundle but no declaration maps.
  { dir: 'packages/angular', attw: ['--profile', 'esm-only'], declarationMaps: false },
  // The panel, its production loader and one entry per framework binding (optional peers).
  { dir: 'packages/devtools', attw: ['--profile', 'strict'] },
  // A Node tool (bin + startWorkspace), ESM only; its page is prebuilt into dist/page.
  { dir: 'packages/workspace', attw: ['--profile', 'esm-only'] },
  // `npm create wwe-kit`: a bin and its templates, nothing to import (no exports, no types), so
  // attw has nothing to analyse. Its templates are whole projects: their package.json, tests and
  // specs are content, not stray files.
  { dir: 'packages/create-wwe-kit', attw: false, content: 'templates/' },
];

const run = (cmd, args, cwd = root) => {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}`.trim() };
};

const REPOSITORY = 'https://github.com/wwe-kit/wwe-kit';
/** A README's first block must install (or run) the package: npm, pnpm, yarn or npx, or `npm create`. */
const INSTALL =
  /^((npm (i|install)|pnpm add|yarn add|npx) (-D |--save-dev )?(\S+ )*@wwe-kit\/|(npm|pnpm|yarn) create wwe-kit\b)/;
/** Template syntax that TypeScript reads as a JSDoc tag when `@` follows a space, outside backticks. */
const TAG_LIKE =
  /(^|\s)@(if|else|for|empty|switch|case|default|defer|placeholder|loading|let|Component|Directive|Pipe|Injectable|NgModule|Input|Output)\b/;

/** The private packages of this workspace: none may be named by a published manifest. */
function privatePackages() {
  const names = new Set();
  for (const group of ['packages', 'apps', 'tests'])
    for (const entry of existsSync(join(root, group)) ? readdirSync(join(root, group)) : []) {
      const file = join(root, group, entry, 'package.json');
      if (!existsSync(file)) continue;
      const pkg = JSON.parse(readFileSync(file, 'utf8'));
      if (pkg.private) names.add(pkg.name);
    }
  return names;
}
const PRIVATE = privatePackages();

/** Text of a `@example`/comment line with its backtick spans removed. */
const outsideBackticks = (line) => line.replace(/`[^`]*`/g, '``');

/** Our own checks of the packed manifest and file list, on the unpacked tarball in `dir`. */
function checkManifest(pkgDir, tarball, { declarationMaps, content }) {
  const problems = [];
  const source = JSON.parse(readFileSync(join(root, pkgDir, 'package.json'), 'utf8'));
  const list = run('tar', ['-tzf', tarball]).out.split('\n');
  const unpacked = mkdtempSync(join(tmpdir(), 'wwe-kit-unpacked-'));
  try {
    run('tar', ['-xzf', tarball, '-C', unpacked]);
    const pkgRoot = join(unpacked, 'package');
    const manifest = JSON.parse(readFileSync(join(pkgRoot, 'package.json'), 'utf8'));
    const text = JSON.stringify(manifest);
    if (text.includes('@wwe-kit/source'))
      problems.push(
        'the in-repo "@wwe-kit/source" condition is published (publishConfig.exports?)',
      );
    if (text.includes('workspace:')) problems.push('a "workspace:" dependency is published');
    const want = Object.keys(source.exports ?? {}).join(', ');
    const got = Object.keys(manifest.exports ?? {}).join(', ');
    if (want !== got) problems.push(`published exports [${got}] differ from exports [${want}]`);

    // Metadata npm shows: repository (with directory), homepage, bugs, keywords.
    const repo = manifest.repository;
    if (typeof repo !== 'object' || !String(repo.url ?? '').includes(REPOSITORY.slice(8)))
      problems.push(`"repository" must be { type, url: "git+${REPOSITORY}.git", directory }`);
    else if (repo.directory !== pkgDir)
      problems.push(`"repository.directory" is ${repo.directory}, not ${pkgDir}`);
    if (!/^https:\/\//.test(manifest.homepage ?? '')) problems.push('"homepage" is missing');
    if (!/^https:\/\//.test(manifest.bugs?.url ?? manifest.bugs ?? ''))
      problems.push('"bugs" is missing');
    if (!Array.isArray(manifest.keywords) || manifest.keywords.length === 0)
      problems.push('"keywords" is missing');

    // No private workspace package in any dependency field (devDependencies are published too).
    for (const field of [
      'dependencies',
      'devDependencies',
      'peerDependencies',
      'optionalDependencies',
    ])
      for (const dep of Object.keys(manifest[field] ?? {}))
        if (PRIVATE.has(dep)) problems.push(`the private package ${dep} is in "${field}"`);

    for (const file of ['package/README.md', 'package/LICENSE'])
      if (!list.includes(file)) problems.push(`${file.slice(8)} is not in the tarball`);
    const stray = list.filter(
      (f) =>
        /(^package\/test\/|\.test\.|\.spec\.|\.tsbuildinfo$|\/package\.json$)/.test(f) &&
        !(content && f.startsWith(`package/${content}`)),
    );
    const extra = stray.filter((f) => f !== 'package/package.json');
    if (extra.length) problems.push(`unexpected files: ${extra.join(', ')}`);

    // README: title, then an install line; only absolute links (relative ones break on npm).
    if (list.includes('package/README.md')) {
      const readme = readFileSync(join(pkgRoot, 'README.md'), 'utf8');
      const [title, ...rest] = readme.split('\n');
      if (title !== `# ${manifest.name}`)
        problems.push(`README does not start with "# ${manifest.name}"`);
      const block = /^\s*```(?:sh|bash|shell)\n([^\n]*)\n/.exec(rest.join('\n'));
      if (!block || !INSTALL.test(block[1]))
        problems.push('README: the title must be followed by a ```sh block with the install line');
      const prose = readme.replace(/^```[\s\S]*?^```$/gm, '');
      const relative = [...prose.matchAll(/\]\(([^)\s]+)[^)]*\)|(?:href|src)="([^"]+)"/g)]
        .map((m) => m[1] ?? m[2])
        .filter((url) => !/^(https?:|mailto:|#)/.test(url));
      if (relative.length) problems.push(`README has relative links: ${relative.join(', ')}`);
    }

    // Source maps: every module and declaration file has one; what they point to is shipped.
    const shipped = new Set(list.filter(Boolean).map((f) => f.replace(/^package\//, '')));
    for (const file of shipped) {
      const isCode = /\.(m|c)?js$/.test(file) && !/\.global\.js$/.test(file);
      const isTypes = /\.d\.(m|c)?ts$/.test(file);
      if (!file.startsWith('dist/') || file.startsWith('dist/page/')) continue;
      if (!isCode && !(isTypes && declarationMaps)) continue;
      if (!shipped.has(`${file}.map`)) {
        // A chunk that only re-exports other chunks has no code to map (rolldown writes none).
        const code = readFileSync(join(pkgRoot, file), 'utf8')
          .split('\n')
          .filter((l) => l.trim() && !/^(import|export) .*;$|^\/\/|^['"]use /.test(l.trim()));
        if (code.length) problems.push(`${file} has no ${file}.map`);
        continue;
      }
      const map = JSON.parse(readFileSync(join(pkgRoot, `${file}.map`), 'utf8'));
      (map.sources ?? []).forEach((src, i) => {
        const target = join(dirname(join(pkgRoot, file)), map.sourceRoot ?? '', src);
        const inlined = isCode && typeof map.sourcesContent?.[i] === 'string';
        if (!target.startsWith(pkgRoot) || (!existsSync(target) && !inlined))
          problems.push(`${file}.map: source ${src} is not in the tarball`);
      });
    }

    // Editors show JSDoc from the declarations: a template line such as `@if (...)` or a
    // decorator written bare in an example is read as a tag and the example breaks.
    for (const file of shipped) {
      if (!/\.d\.(m|c)?ts$/.test(file)) continue;
      const lines = readFileSync(join(pkgRoot, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        // A doc comment glued to the end of the previous member's line (the declaration bundler
        // does this to some one-line comments) is not the next member's: its hover is empty.
        if (/[;,{]\s*\/\*\*.*\*\/\s*$/.test(line))
          problems.push(
            `${file}:${i + 1}: a doc comment ends a line of code, so editors lose it (write it on lines of its own in the source): ${line.trim().slice(0, 120)}`,
          );
        const comment = /^\s*\*\s?(.*)$/.exec(line);
        if (comment && TAG_LIKE.test(outsideBackticks(comment[1])))
          problems.push(
            `${file}:${i + 1}: read as a JSDoc tag (wrap it in backticks): ${line.trim()}`,
          );
      });
    }
  } finally {
    rmSync(unpacked, { recursive: true, force: true });
  }
  return problems;
}

const out = mkdtempSync(join(tmpdir(), 'wwe-kit-pack-'));
const failures = [];
try {
  for (const { dir, attw, declarationMaps = true, content } of PACKAGES) {
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
      ['manifest', () => checkManifest(dir, file, { declarationMaps, content })],
      ['publint --strict', () => run(bin('publint'), ['run', '--strict', file])],
      ...(attw
        ? [['attw', () => run(bin('attw'), ['--no-definitely-typed', '--no-color', ...attw, file])]]
        : []),
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
console.log(
  `\nAll ${PACKAGES.length} packages pass publint --strict, attw and the package checks.`,
);
