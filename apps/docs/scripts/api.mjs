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
  'packages/core/src/recording.ts': '@wwe-kit/core/recording',
  'packages/simulator/src/index.ts': '@wwe-kit/simulator',
  'packages/react/src/index.ts': '@wwe-kit/react',
  'packages/vue/src/index.ts': '@wwe-kit/vue',
  'packages/angular/src/index.ts': '@wwe-kit/angular',
  'packages/workspace/src/node/index.ts': '@wwe-kit/workspace',
  'packages/workspace/src/node/playwright.ts': '@wwe-kit/workspace/playwright',
  'packages/devtools/src/index.ts': '@wwe-kit/devtools',
  'packages/devtools/src/loader.ts': '@wwe-kit/devtools/loader',
  'packages/devtools/src/react.tsx': '@wwe-kit/devtools/react',
  'packages/devtools/src/vue.ts': '@wwe-kit/devtools/vue',
  'packages/devtools/src/angular.ts': '@wwe-kit/devtools/angular',
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
 * it and as wwe-kit does, with its parameters, result and events from its one declaration in
 * `packages/core/src/requests.ts` (`method: r<[params], Result, 'events'>(arity)`).
 */
function writeMethodTable() {
  const source = readFileSync(join(root, 'packages/core/src/requests.ts'), 'utf8');
  const body = source
    .slice(source.indexOf('export const requests = {'))
    .replace(/\/\*\*.*?\*\//gs, '')
    .replace(/\s+/g, ' ');
  /** Splits `text` at its top-level commas (outside brackets, braces, parentheses and `<>`). */
  const split = (text) => {
    const parts = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if ('[{(<'.includes(c)) depth++;
      else if (']})>'.includes(c)) depth--;
      else if (c === ',' && depth === 0) {
        parts.push(text.slice(start, i).trim());
        start = i + 1;
      }
    }
    parts.push(text.slice(start).trim());
    return parts.filter(Boolean);
  };
  /** The text between the `<` at `open` and its matching `>`. */
  const generics = (open) => {
    let depth = 0;
    for (let i = open; i < body.length; i++) {
      if ('[{(<'.includes(body[i])) depth++;
      else if (']})>'.includes(body[i]) && --depth === 0) return body.slice(open + 1, i);
    }
    throw new Error('requests.ts: unbalanced declaration');
  };
  const rows = [];
  let ns;
  for (const m of body.matchAll(/(\w+): (\{|r<)/g)) {
    if (m[2] === '{') {
      ns = m[1];
      continue;
    }
    const [params, result, events = ''] = split(generics(m.index + m[0].length - 1));
    const names = split(params.slice(1, -1)).map((p) => p.split(':')[0].trim());
    const args = names.join(', ');
    const legacyArgs = [...names.map((n) => n.replace('?', '')), 'done', 'fail'].join(', ');
    const cell = (text) => (text ? `\`${text.replace(/\|/g, '\\|')}\`` : '');
    rows.push(
      `| \`${ns}.${m[1]}\` | \`service.${ns}.${m[1]}(${legacyArgs})\` | \`await client.${ns}.${m[1]}(${args})\` | ${cell(result)} | ${cell(events.replace(/['`]/g, '').replace('${string}', '<channel>'))} |`,
    );
  }
  if (rows.length < 76) throw new Error(`requests.ts: only ${rows.length} requests read`);
  const text = [
    '| request | `wwe-service-client-api.js` | wwe-kit | resolves with | raises |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
  mkdirSync(join(docs, 'guide/generated'), { recursive: true });
  writeFileSync(join(docs, 'guide/generated/methods.md'), text);
  console.log(`Migration table: ${rows.length} requests`);
}
