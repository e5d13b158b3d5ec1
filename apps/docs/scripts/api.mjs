#!/usr/bin/env node
/**
 * Generates the site's API reference (reference/api/, not checked in) with TypeDoc and
 * typedoc-plugin-markdown + typedoc-vitepress-theme, from the TSDoc of the public entry points of
 * every published package (read from their sources through the `@wwe-kit/source` condition), and
 * the migration guide's method table from the request catalog.
 *
 * Every public export must have a comment: TypeDoc's `validation.notDocumented` reports the others,
 * which are counted and printed; with `--strict` (the site's `build`) any of them fails the build.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Application, Converter, LogLevel, ReflectionKind } from 'typedoc';

const docs = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(docs, '../..');
const strict = process.argv.includes('--strict');

/** Entry point → the import path users write. */
const ENTRIES = {
  'packages/core/src/index.ts': '@wwe-kit/core',
  'packages/core/src/legacy.ts': '@wwe-kit/core/legacy',
  'packages/core/src/testing.ts': '@wwe-kit/core/testing',
  'packages/simulator/src/index.ts': '@wwe-kit/simulator',
  'packages/react/src/index.ts': '@wwe-kit/react',
  'packages/vue/src/index.ts': '@wwe-kit/vue',
  'packages/angular/src/index.ts': '@wwe-kit/angular',
  'packages/workspace/src/node/index.ts': '@wwe-kit/workspace',
  'packages/workspace/src/node/playwright.ts': '@wwe-kit/workspace/playwright',
};

const out = join(docs, 'reference/api');
rmSync(out, { recursive: true, force: true });

const undocumented = [];
const warnings = [];
const app = await Application.bootstrapWithPlugins({
  entryPoints: Object.keys(ENTRIES).map((e) => join(root, e)),
  entryPointStrategy: 'resolve',
  tsconfig: join(docs, 'tsconfig.api.json'),
  plugin: ['typedoc-plugin-markdown', 'typedoc-vitepress-theme'],
  out,
  docsRoot: docs,
  readme: 'none',
  githubPages: false,
  disableSources: true,
  excludePrivate: true,
  excludeInternal: true,
  excludeExternals: true,
  // The bindings re-export the core: documented once, under @wwe-kit/core, and linked from there.
  excludeReferences: false,
  hideGenerator: true,
  entryFileName: 'index',
  hidePageHeader: true,
  useCodeBlocks: true,
  // Comments are Markdown: '<Reason>' or '{{ }}' in a comment's prose must not reach Vue as HTML.
  sanitizeComments: true,
  parametersFormat: 'table',
  interfacePropertiesFormat: 'table',
  typeDeclarationFormat: 'table',
  sidebar: { autoConfiguration: true, format: 'vitepress', pretty: true, collapsed: true },
  validation: { notExported: true, invalidLink: true, notDocumented: true },
  requiredToBeDocumented: [
    'Enum',
    'EnumMember',
    'Variable',
    'Function',
    'Class',
    'Interface',
    'TypeAlias',
    'Method',
    'Accessor',
  ],
  // TypeDoc checks only the declarations of these packages (by default, of the package it runs in).
  packagesRequiringDocumentation: [
    ...new Set(Object.values(ENTRIES).map((e) => e.split('/').slice(0, 2).join('/'))),
  ],
  logLevel: LogLevel.Warn,
  skipErrorChecking: true,
});

// Modules are named by the import path users write, not by their file path.
app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
  const byDefaultName = Object.fromEntries(
    Object.entries(ENTRIES).map(([file, name]) => [
      file.replace(/^packages\//, '').replace(/(\/index)?\.ts$/, ''),
      name,
    ]),
  );
  for (const mod of context.project.getReflectionsByKind(ReflectionKind.Module))
    mod.name = byDefaultName[mod.name] ?? mod.name;
});

const logger = app.logger;
const log = logger.log.bind(logger);
logger.log = (message, level) => {
  const text = String(message);
  // eslint-disable-next-line no-control-regex -- strip the logger's colours
  const plain = text.replace(/\x1b\[[0-9;]*m/g, '').replace(/^\[warning\] /, '');
  if (/does not have any documentation/.test(plain)) undocumented.push(plain);
  else if (level >= LogLevel.Warn) warnings.push(plain);
  return log(message, level);
};

const t0 = performance.now();
const project = await app.convert();
if (!project) {
  console.error('TypeDoc could not convert the packages');
  process.exit(1);
}
app.validate(project);
await app.generateOutputs(project);

// Count what the reference documents: every declaration exported by an entry point (re-exports
// of the core by the bindings are links, not counted twice).
const exported = [];
for (const mod of project.children ?? [])
  for (const child of mod.children ?? [])
    if (!child.isReference?.()) exported.push({ module: mod.name, name: child.name, child });
const documented = exported.filter(({ child }) => hasComment(child));
function hasComment(r) {
  if (r.comment?.summary?.length || r.comment?.blockTags?.length) return true;
  return (r.signatures ?? []).some((s) => s.comment?.summary?.length);
}
// `@wwe-kit/core.createWorkspaceClient (Function), ...`: an export itself; deeper names are members.
const isExport = (message) => /^@wwe-kit\/[\w/-]+\.[^.\s]+ \(/.test(message);
const undocumentedExports = undocumented.filter(isExport);
const report = {
  entryPoints: Object.values(ENTRIES),
  exports: exported.length,
  documented: documented.length,
  undocumentedExports,
  undocumentedMembers: undocumented.filter((m) => !isExport(m)),
  otherWarnings: warnings,
  seconds: Math.round((performance.now() - t0) / 100) / 10,
};
writeFileSync(join(docs, 'reference/api/report.json'), JSON.stringify(report, null, 2) + '\n');
console.log(
  `API reference: ${report.documented}/${report.exports} public exports documented ` +
    `(validation.notDocumented: ${undocumentedExports.length} exports and ` +
    `${report.undocumentedMembers.length} members without a comment), ` +
    `${warnings.length} other warnings, in ${report.seconds}s`,
);

writeMethodTable();

if (strict && undocumentedExports.length) {
  console.error('Every public export must have a TSDoc comment (the site is built with --strict).');
  process.exit(1);
}

/**
 * The migration guide's method table: every request of the catalog, as the official script calls
 * it and as wwe-kit does, with its parameters from `NamespaceRequests`.
 */
function writeMethodTable() {
  // requests.ts: one `export interface <Namespace>Requests {` per namespace (`SipEndpointRequests`
  // for `sipEndpoint`), of `method: { params: [...]; result: ... };` members; comments are dropped.
  const source = readFileSync(join(root, 'packages/core/src/requests.ts'), 'utf8');
  const rows = [];
  const entries = [
    ...source.matchAll(/^export interface ([A-Z][a-zA-Z]*)Requests \{\n(.*?)\n\}$/gms),
  ]
    .filter(([, name]) => name !== 'Namespace')
    .flatMap(([, name, body]) => {
      const ns = name[0].toLowerCase() + name.slice(1);
      const flat = body.replace(/\/\*\*.*?\*\//gs, '').replace(/\s+/g, ' ');
      return [...flat.matchAll(/([a-zA-Z]+): \{ params: \[(.*?)\]; result: (.*?);? \}/g)].map(
        (m) => [ns, ...m.slice(1)],
      );
    });
  for (const [ns, method, params, result] of entries) {
    const names = params
      .split(/,(?![^<{[(]*[>}\])])/)
      .map((p) => p.trim().replace(/,$/, ''))
      .filter(Boolean)
      .map((p) => p.split(':')[0].trim());
    const args = names.join(', ');
    const legacyArgs = [...names.map((n) => n.replace('?', '')), 'done', 'fail'].join(', ');
    rows.push(
      `| \`${ns}.${method}\` | \`service.${ns}.${method}(${legacyArgs})\` | \`await client.${ns}.${method}(${args})\` | \`${result.trim().replace(/\|/g, '\\|')}\` |`,
    );
  }
  const text = [
    '| request | `wwe-service-client-api.js` | wwe-kit | resolves with |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
  mkdirSync(join(docs, 'guide/generated'), { recursive: true });
  writeFileSync(join(docs, 'guide/generated/methods.md'), text);
  console.log(`Migration table: ${rows.length} requests`);
}
