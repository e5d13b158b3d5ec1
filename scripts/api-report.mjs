#!/usr/bin/env node
/**
 * API reports: one `*.api.md` file per entry point of every published package, made by API
 * Extractor from the built declarations and checked into `packages/<name>/api/`, so that every
 * change of the public surface shows up in review as a change of that file.
 *
 * The entry points are read from each package's `exports` (every subpath with types; a new entry or
 * a new package gets its report without editing this file). One API Extractor config per entry,
 * generated here; all entries are analysed by one TypeScript program. Only the report is made (no
 * doc model, no d.ts rollup, no tsdoc-metadata.json). Another package re-exported with
 * `export * from '@wwe-kit/core'` stays external: the report shows that line, not the core's API.
 *
 * Usage:
 *   pnpm api          builds the packages (turbo, cached), then writes the reports (and removes
 *                     those of entries that are gone)
 *   pnpm api:check    (after `pnpm build`) fails, naming the entry point and showing the diff,
 *                     when a report differs from the built declarations or is missing or stale;
 *                     CI runs it as part of `pnpm check:packages`
 *   node scripts/api-report.mjs [--check] [core react ...]   no build; only the packages named
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompilerState, Extractor, ExtractorConfig } from '@microsoft/api-extractor';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const only = args.filter((a) => !a.startsWith('--'));
const REPORT_DIR = 'api';

/** The declaration file of an `exports` target: `types` of the `import` branch, or of the entry. */
function typesOf(target) {
  if (typeof target === 'string') return /\.d\.(m|c)?ts$/.test(target) ? target : undefined;
  if (!target || typeof target !== 'object') return undefined;
  if (typeof target.types === 'string') return target.types;
  return typesOf(target.import) ?? typesOf(target.default);
}

/** Every entry point with types of every published package under packages/. */
function entries() {
  const found = [];
  for (const dir of readdirSync(join(root, 'packages')).sort()) {
    const file = join(root, 'packages', dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    if (pkg.private || !pkg.exports) continue;
    if (only.length && !only.includes(dir) && !only.includes(pkg.name)) continue;
    const exportsMap =
      typeof pkg.exports === 'string' || Object.keys(pkg.exports).some((k) => !k.startsWith('.'))
        ? { '.': pkg.exports }
        : pkg.exports;
    for (const [subpath, target] of Object.entries(exportsMap)) {
      const types = typesOf(target);
      if (!types) continue; // e.g. "./package.json"
      const unscoped = pkg.name.replace(/^@[^/]+\//, '');
      const suffix = subpath === '.' ? '' : `-${subpath.replace(/^\.\//, '').replace(/\W+/g, '-')}`;
      found.push({
        dir,
        name: pkg.name,
        subpath,
        label: subpath === '.' ? pkg.name : `${pkg.name}/${subpath.replace(/^\.\//, '')}`,
        projectFolder: join(root, 'packages', dir),
        types: join(root, 'packages', dir, types),
        reportFileName: `${unscoped}${suffix}`,
      });
    }
  }
  return found;
}

/**
 * The program API Extractor analyses: the built declarations of every entry only (`files`; without
 * it TypeScript would include the first package's sources and tests), as a consumer with a bundler
 * resolves them (`@wwe-kit/core` from another package resolves to the core's dist, never to src).
 */
const tsconfigFor = (list) => ({
  files: list.map((e) => e.types),
  compilerOptions: {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    strict: true,
    skipLibCheck: true,
    noEmit: true,
  },
});

/** Messages that are noise for a report of declarations written without TSDoc release tags. */
const MUTED = {
  'ae-missing-release-tag': { logLevel: 'none' },
  'ae-unresolved-link': { logLevel: 'none' },
  'ae-different-release-tags': { logLevel: 'none' },
  'ae-setter-with-docs': { logLevel: 'none' },
  'ae-missing-getter': { logLevel: 'none' },
  'ae-undocumented': { logLevel: 'none' },
  // A type that the API uses but that no entry exports: kept visible in the report itself.
  'ae-forgotten-export': { logLevel: 'none', addToApiReportFile: true },
  'ae-wrong-input-file-type': { logLevel: 'error' },
};

function configFor(entry, tempFolder, tsconfig) {
  return ExtractorConfig.prepare({
    configObjectFullPath: undefined,
    packageJsonFullPath: join(entry.projectFolder, 'package.json'),
    configObject: {
      projectFolder: entry.projectFolder,
      mainEntryPointFilePath: entry.types,
      bundledPackages: [],
      newlineKind: 'lf',
      compiler: { overrideTsconfig: tsconfig, skipLibCheck: true },
      apiReport: {
        enabled: true,
        reportFileName: entry.reportFileName,
        reportFolder: join(entry.projectFolder, REPORT_DIR),
        reportTempFolder: join(tempFolder, entry.dir),
        includeForgottenExports: false,
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        compilerMessageReporting: { default: { logLevel: 'warning' } },
        // Our JSDoc is written for editors (TypeScript's reading), not for TSDoc's stricter grammar.
        tsdocMessageReporting: { default: { logLevel: 'none' } },
        extractorMessageReporting: { default: { logLevel: 'warning' }, ...MUTED },
      },
    },
  });
}

/** Console messages of API Extractor that this script replaces by its own wording. */
const OWN_WORDING = new Set([
  'console-api-report-not-copied',
  'console-api-report-unchanged',
  'console-preamble',
  'console-compiler-version-notice',
]);

/** A comment line of API Extractor's that holds only tags and notes, e.g. `// @public (undocumented)`. */
const FOOTER = /^(\s*)\/\/((?: (?:@[a-zA-Z]+|\(undocumented\)))+)$/;

/** API Extractor's warning that the API uses a type that the entry point does not export. */
const FORGOTTEN = /\(ae-forgotten-export\) The symbol "([^"]+)" needs to be exported/;

/**
 * The report as checked in, so that it reads as the API's code and changes only with the API:
 * - LF line ends; the title names the entry point (API Extractor names the package only);
 * - a warning's source position without its line and column (API Extractor follows the
 *   declaration maps to `src/`: the report would change whenever code above that line moves);
 * - no `@public` (we use no release tags, everything exported is public; `@internal`, `@beta`,
 *   `@deprecated`… still show) and no `(undocumented)` (the docs build already fails on an
 *   export without a doc comment), nor the "(No @packageDocumentation ...)" line;
 * - no `ae-forgotten-export` warning for a type that another entry point of the same package
 *   exports (`@wwe-kit/core/legacy` uses `WorkspaceClient` from `@wwe-kit/core`): the warning
 *   stays for a type that the package exports nowhere.
 */
function normalize(text, entry, exportedElsewhere) {
  const lines = text
    .replace(/\r\n/g, '\n')
    .replace(/^## API Report File for "[^"]*"$/m, `## API Report File for "${entry.label}"`)
    .replace(/^(\/\/ \S+?):\d+:\d+ - /gm, '$1 - ')
    .replace(/^\/\/ \(No @packageDocumentation comment for this package\)$/m, '')
    .split('\n');
  const kept = [];
  for (const line of lines) {
    const forgotten = FORGOTTEN.exec(line);
    if (forgotten && exportedElsewhere.has(forgotten[1])) continue;
    const footer = FOOTER.exec(line);
    if (!footer) {
      kept.push(line);
      continue;
    }
    const tags = footer[2]
      .trim()
      .split(' ')
      .filter((t) => t !== '@public' && t !== '(undocumented)');
    if (tags.length) kept.push(`${footer[1]}// ${tags.join(' ')}`);
  }
  // An empty comment line separates comment lines: drop it where nothing is left on one side;
  // then the heading of the warnings at the end if none is left.
  const isText = (line) => line !== undefined && /^\s*\/\/ /.test(line);
  const out = kept.filter(
    (line, i) => !/^\s*\/\/$/.test(line) || (isText(kept[i - 1]) && isText(kept[i + 1])),
  );
  return out
    .filter((line, i) => !/^\/\/ Warnings were encountered/.test(line) || isText(out[i + 1]))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

/** The names that each entry point exports (`export *` included), by entry. */
function exportsByEntry(program, list) {
  const checker = program.getTypeChecker();
  return new Map(
    list.map((entry) => {
      const file = program.getSourceFile(entry.types);
      const module = file && checker.getSymbolAtLocation(file);
      const names = module ? checker.getExportsOfModule(module).map((s) => s.getName()) : [];
      return [entry, new Set(names)];
    }),
  );
}

/** A unified diff of the checked-in report (or none) and the one made from dist. */
function diff(expected, actual, label) {
  const r = spawnSync(
    'git',
    ['diff', '--no-index', '--no-color', '-U2', '--', expected ?? '/dev/null', actual],
    { encoding: 'utf8' },
  );
  const lines = (r.stdout || r.stderr || '').split('\n');
  const body = lines
    .slice(
      Math.max(
        0,
        lines.findIndex((l) => l.startsWith('@@')),
      ),
    )
    .join('\n');
  const MAX = 200;
  const cut = body.split('\n');
  return `--- ${label} (checked in)\n+++ ${label} (from dist)\n${
    cut.length > MAX ? `${cut.slice(0, MAX).join('\n')}\n... ${cut.length - MAX} more lines` : body
  }`.trimEnd();
}

const started = performance.now();
const list = entries();
if (list.length === 0) {
  console.error(`api-report: no published package with types matches ${only.join(', ')}`);
  process.exit(1);
}
const missingDist = list.filter((e) => !existsSync(e.types));
if (missingDist.length) {
  for (const e of missingDist)
    console.error(`api-report: ${e.label}: ${relative(root, e.types)} is missing (run pnpm build)`);
  process.exit(1);
}

const tempFolder = mkdtempSync(join(tmpdir(), 'wwe-kit-api-'));
const failures = [];
/** Entry points that API Extractor could not analyse (as opposed to an API change). */
const broken = [];
let written = 0;
let removed = 0;
try {
  const tsconfig = tsconfigFor(list);
  const configs = list.map((entry) => configFor(entry, tempFolder, tsconfig));
  // One program for every entry: the packages share the core's declarations.
  const compilerState = CompilerState.create(configs[0]);
  const exported = exportsByEntry(compilerState.program, list);
  /** What the other entry points of `entry`'s package export. */
  const elsewhere = (entry) =>
    new Set(
      list.filter((e) => e.name === entry.name && e !== entry).flatMap((e) => [...exported.get(e)]),
    );
  list.forEach((entry, i) => {
    const reportPath = join(entry.projectFolder, REPORT_DIR, `${entry.reportFileName}.api.md`);
    const shortPath = relative(root, reportPath);
    const problems = [];
    // Never a "local build": API Extractor only writes the report to the temp folder; this script
    // compares and copies it, after dropping source line numbers (see `normalize`).
    let result;
    try {
      result = Extractor.invoke(configs[i], {
        localBuild: false,
        compilerState,
        messageCallback(message) {
          message.handled = true;
          if (OWN_WORDING.has(message.messageId)) return;
          if (message.logLevel === 'none' || message.logLevel === 'verbose') return;
          const where = message.sourceFilePath
            ? ` (${relative(root, message.sourceFilePath)}:${message.sourceFileLine ?? 0})`
            : '';
          problems.push(`${message.logLevel}: ${message.text} [${message.messageId}]${where}`);
        },
      });
    } catch (error) {
      // E.g. a declaration file removed while this runs (a build in progress).
      const hint = /path was not found/.test(error.message) ? ' (dist rebuilt meanwhile?)' : '';
      broken.push(`${entry.label}: API Extractor failed: ${error.message}${hint}`);
      console.log(`FAIL ${entry.label}: API Extractor failed: ${error.message}${hint}`);
      return;
    }
    for (const p of problems) console.log(`     ${entry.label}: ${p}`);
    const made = join(configs[i].reportTempFolder, `${entry.reportFileName}.api.md`);
    if (result.errorCount > 0 || !existsSync(made)) {
      broken.push(`${entry.label}: API Extractor reported ${result.errorCount} error(s)`);
      console.log(`FAIL ${entry.label}: API Extractor failed (see above)`);
      return;
    }
    const actual = normalize(readFileSync(made, 'utf8'), entry, elsewhere(entry));
    const existed = existsSync(reportPath);
    const expected = existed ? readFileSync(reportPath, 'utf8').replace(/\r\n/g, '\n') : '';
    if (actual === expected) {
      console.log(`ok   ${entry.label}: ${shortPath}`);
    } else if (check) {
      const what = existed ? 'differs from' : 'is missing for';
      failures.push(`${entry.label}: ${shortPath} ${what} the built declarations`);
      console.log(`FAIL ${entry.label}: ${shortPath} ${what} ${relative(root, entry.types)}`);
      writeFileSync(made, actual);
      console.log(diff(existed ? reportPath : null, made, shortPath).replace(/^/gm, '     '));
    } else {
      mkdirSync(dirname(reportPath), { recursive: true });
      writeFileSync(reportPath, actual);
      written += 1;
      console.log(`${existed ? 'upd ' : 'new '} ${entry.label}: ${shortPath}`);
    }
  });

  // Reports of entries that no longer exist (only when every package was looked at).
  if (!only.length) {
    const expected = new Set(
      list.map((e) => join(e.projectFolder, REPORT_DIR, `${e.reportFileName}.api.md`)),
    );
    for (const dir of readdirSync(join(root, 'packages'))) {
      const folder = join(root, 'packages', dir, REPORT_DIR);
      if (!existsSync(folder)) continue;
      for (const file of readdirSync(folder).filter((f) => f.endsWith('.api.md'))) {
        const path = join(folder, file);
        if (expected.has(path)) continue;
        if (check) {
          failures.push(`${relative(root, path)} is stale: no published entry point makes it`);
          console.log(`FAIL ${relative(root, path)}: no published entry point has this report`);
        } else {
          rmSync(path);
          removed += 1;
          console.log(`del  ${relative(root, path)}`);
        }
      }
    }
  }
} finally {
  rmSync(tempFolder, { recursive: true, force: true });
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (broken.length) console.error(`\nAPI Extractor could not analyse:\n- ${broken.join('\n- ')}`);
if (failures.length)
  console.error(
    `\nAPI reports out of date:\n- ${failures.join('\n- ')}\n\n` +
      'The public API of these entry points changed. If that is intended, run `pnpm api` (it ' +
      `builds the packages, then rewrites packages/*/${REPORT_DIR}/*.api.md) and commit the ` +
      'updated reports with the change, so that reviewers see the new API.',
  );
if (broken.length || failures.length) process.exit(1);
console.log(
  check
    ? `\nAll ${list.length} API reports match the built declarations (${seconds} s).`
    : `\nAPI reports: ${written} written, ${list.length - written} unchanged, ${removed} removed (${seconds} s).`,
);
