#!/usr/bin/env node
/**
 * Type-checks every code block of the site against the packages, so the docs cannot rot: each
 * ```ts / ```tsx / ```vue block of the site's Markdown becomes a file of .snippets/ (named after
 * its page and line), and the inline scripts of ```html blocks become .js files (syntax-checked);
 * then vue-tsc (tsc with .vue support) checks them all, strictly.
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
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const docs = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(docs, '.snippets');
const fromSource = process.argv.includes('--source');
const SKIP = new Set(['node_modules', '.vitepress', '.snippets', 'generated', 'api']);
const EXT = { ts: 'ts', tsx: 'tsx', vue: 'vue' };

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

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const files = [];
const counts = { ts: 0, tsx: 0, vue: 0, html: 0, other: 0 };
for (const page of pages(docs)) {
  const markdown = readFileSync(page, 'utf8');
  const name = relative(docs, page).replace(/\.md$/, '').replace(/[/\\]/g, '__');
  for (const m of markdown.matchAll(/^```(\w*)[^\n]*\n([\s\S]*?)^```$/gm)) {
    const line = markdown.slice(0, m.index).split('\n').length;
    const [lang, code] = [m[1], m[2]];
    const base = join(out, `${name}.md__L${line}`);
    if (EXT[lang]) {
      // A block is a module of its own (so two pages may both declare `client`).
      const body =
        /^\s*(import|export)\s/m.test(code) || lang === 'vue' ? code : `${code}\nexport {};\n`;
      writeFileSync(`${base}.${EXT[lang]}`, body);
      files.push(`${base}.${EXT[lang]}`);
      counts[lang]++;
    } else if (lang === 'html') {
      const scripts = [...code.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((s) => s[1]);
      if (scripts.length) {
        writeFileSync(`${base}.js`, scripts.join('\n;\n'));
        files.push(`${base}.js`);
      }
      counts.html++;
    } else counts.other++;
  }
}

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
    experimentalDecorators: true,
    allowJs: true,
    checkJs: false,
    types: ['node'],
    customConditions: fromSource ? ['@wwe-kit/source'] : [],
  },
  include: ['*.ts', '*.tsx', '*.vue', '*.js'],
};
writeFileSync(join(out, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));

const vueTsc = join(docs, 'node_modules', '.bin', 'vue-tsc');
const r = spawnSync(vueTsc, ['-p', join(out, 'tsconfig.json'), '--pretty', 'false'], {
  cwd: docs,
  encoding: 'utf8',
});
const report = `${r.stdout}${r.stderr}`.trim();
const summary =
  `${files.length} code blocks type-checked against the packages' ${fromSource ? 'sources' : 'dist'} ` +
  `(${counts.ts} ts, ${counts.tsx} tsx, ${counts.vue} vue, ${counts.html} html; ${counts.other} sh/ini/json/text blocks not code)`;
if (r.status !== 0) {
  console.error(report.replaceAll(`${out}/`, '.snippets/'));
  console.error(`\nFAIL: ${summary}`);
  process.exit(1);
}
console.log(summary);
