#!/usr/bin/env node
/**
 * Type-checks every code block of the docs against the packages, so the docs cannot rot: the
 * site's Markdown pages, the root README.md and every package's README.md (packages/<name>/, what
 * npm and GitHub show), always. Each ```ts / ```tsx / ```vue / ```js block becomes a module of
 * .snippets/<page>/, then vue-tsc (tsc with .vue support) checks them all, strictly; the inline
 * scripts of ```html blocks are syntax-checked as the classic scripts they are (node:vm, never run).
 *
 * A block is a file of its page's folder, named `L<line>.ts` unless it says otherwise, so blocks of
 * one page can import each other as the files of one project:
 * - ```ts filename=workspace-store.ts names it (another block imports './workspace-store');
 * - a block preceded by `<!-- file: tests/consumer/recipes/…/fixtures.ts -->` is that file of the
 *   repository, byte for byte (checked here; tests/consumer/test/docs.test.ts checks it too in the
 *   pages it knows), and takes its name.
 * The blocks are checked as the files of a Vite app (`vite/client` types, for `import.meta.env`),
 * whose root component (`./App`, `./App.vue`, `./app/app.component`), which a setup block imports,
 * is the reader's own: .snippets/app.d.ts declares it.
 *
 * By default the packages are resolved as npm users get them: their built `dist` (the site's
 * `build` runs after `^build`). `--source` resolves them from their sources instead, through the
 * `@wwe-kit/source` condition (the `typecheck` task, which needs no build).
 *
 * Blocks pulled in with `<!--@include: …-->` are not extracted here: docs/testing.md's blocks are
 * the recipe files of tests/consumer, which CI compiles and runs (tests/consumer/test/docs.test.ts
 * checks they are those files byte for byte).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const docs = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repo = resolve(docs, '../..');
const out = join(docs, '.snippets');
const fromSource = process.argv.includes('--source');
const SKIP = new Set(['node_modules', '.vitepress', '.snippets', 'generated', 'api']);
const EXT = { ts: 'ts', tsx: 'tsx', vue: 'vue', js: 'js' };

function pages(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    SKIP.has(e.name)
      ? []
      : e.isDirectory()
        ? pages(join(dir, e.name))
        : e.name.endsWith('.md')
          ? [join(dir, e.name)]
          : [],
  );
}

const readmes = [
  join(repo, 'README.md'),
  ...readdirSync(join(repo, 'packages')).map((p) => join(repo, 'packages', p, 'README.md')),
].filter((f) => existsSync(f));

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const files = [];
const where = new Map(); // snippet file -> "page.md:line" (+ its name), for the report
const problems = [];
const counts = { ts: 0, tsx: 0, vue: 0, js: 0, html: 0 };
const other = new Map(); // language -> blocks that are not code (sh, ini, json…)
for (const page of [...pages(docs), ...readmes]) {
  const markdown = readFileSync(page, 'utf8');
  const shown = relative(repo, page);
  const dir = join(out, shown.replace(/\.md$/, '').replace(/[/\\]/g, '__'));
  const re = /(?:<!-- file: (\S+) -->\s*\n)?^```(\w*)([^\n]*)\n([\s\S]*?)^```$/gm;
  for (const m of markdown.matchAll(re)) {
    const [, repoFile, lang, info, code] = m;
    const line = markdown.slice(0, m.index + m[0].indexOf('```')).split('\n').length;
    const original =
      repoFile && existsSync(join(repo, repoFile)) && readFileSync(join(repo, repoFile));
    if (repoFile && String(original) !== code)
      problems.push(
        `${shown}:${line}: ${original ? `differs from ${repoFile}` : `no such file: ${repoFile}`}`,
      );
    if (EXT[lang]) {
      const named = /\bfilename=(\S+)/.exec(info)?.[1] ?? (repoFile && basename(repoFile));
      const file = join(dir, named ?? `L${line}.${EXT[lang]}`);
      if (named && !named.endsWith(`.${EXT[lang]}`))
        problems.push(`${shown}:${line}: a ${lang} block cannot be named ${named}`);
      if (where.has(file)) problems.push(`${shown}:${line}: a second block named ${named}`);
      // A block is a module of its own (so two pages may both declare `client`).
      const body =
        /^\s*(import|export)\s/m.test(code) || lang === 'vue' ? code : `${code}\nexport {};\n`;
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, body);
      files.push(file);
      where.set(file, named ? `${shown}:${line} (${named})` : `${shown}:${line}`);
      counts[lang]++;
    } else if (lang === 'json' && /\bfilename=\S+\.json\b/.test(info)) {
      // A named JSON file (e.g. a config a TypeScript block imports): valid JSON, written beside.
      const named = /\bfilename=(\S+)/.exec(info)[1];
      try {
        JSON.parse(code);
      } catch (e) {
        problems.push(`${shown}:${line}: ${named} is not valid JSON: ${e.message}`);
      }
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, named), code);
      other.set('json', (other.get('json') ?? 0) + 1);
    } else if (lang === 'html') {
      for (const s of code.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
        const at = line + 1 + code.slice(0, s.index).split('\n').length - 1;
        try {
          new Script(s[1], { filename: `${shown}:${at}` });
        } catch (e) {
          problems.push(`${shown}:${at}: inline <script>: ${e.message}`);
        }
      }
      counts.html++;
    } else other.set(lang || 'plain', (other.get(lang || 'plain') ?? 0) + 1);
  }
}

// The reader's own root component, imported by the setup blocks as a project has it.
writeFileSync(
  join(out, 'app.d.ts'),
  [
    "declare module '*/App' {\n  export function App(): import('react').JSX.Element;\n}",
    "declare module '*/App.vue' {\n  const App: import('vue').Component;\n  export default App;\n}",
    "declare module '*/app/app.component' {\n  export class AppComponent {}\n}",
    '',
  ].join('\n'),
);

const tsconfig = {
  compilerOptions: {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    jsx: 'react-jsx',
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    isolatedModules: true,
    resolveJsonModule: true,
    experimentalDecorators: true,
    allowJs: true,
    checkJs: true,
    types: ['node', 'vite/client'],
    customConditions: fromSource ? ['@wwe-kit/source'] : [],
  },
  include: ['**/*.ts', '**/*.tsx', '**/*.vue', '**/*.js'],
};
writeFileSync(join(out, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));

const vueTsc = join(docs, 'node_modules', '.bin', 'vue-tsc');
const r = spawnSync(vueTsc, ['-p', join(out, 'tsconfig.json'), '--pretty', 'false'], {
  cwd: docs,
  encoding: 'utf8',
});
let report = `${r.stdout}${r.stderr}`.trim();
// Errors name the page and line of the block (the position that follows is within the block).
for (const [file, label] of where)
  report = report.replaceAll(file, label).replaceAll(relative(docs, file), label);
const summary =
  `${files.length} code blocks type-checked against the packages' ${fromSource ? 'sources' : 'dist'}, ` +
  `from ${pages(docs).length} site pages and ${readmes.length} READMEs ` +
  `(${counts.ts} ts, ${counts.tsx} tsx, ${counts.vue} vue, ${counts.js} js); ` +
  `${counts.html} html blocks' scripts syntax-checked; not code: ` +
  ([...other].map(([lang, n]) => `${n} ${lang}`).join(', ') || 'none');
if (r.status !== 0 || problems.length) {
  console.error([...problems, report].filter(Boolean).join('\n'));
  console.error(`\nFAIL: ${summary}`);
  process.exit(1);
}
console.log(summary);
