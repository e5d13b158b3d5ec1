#!/usr/bin/env node
/**
 * Runs the bundle budgets of `.size-limit.json` (minified by rolldown, gzipped) through size-limit's
 * JS API. size-limit 14's CLI needs Node >= 22.19 (it imports `fs/promises` `glob`); its API and
 * `@size-limit/preset-small-lib` run on the Node 20.19 this repo supports, and measure the same.
 * Paths in `.size-limit.json` are plain file paths (no globs). Exits 1 when a budget is exceeded.
 *
 * Usage: pnpm size            (after pnpm build)
 *        pnpm size --json     (machine-readable results)
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sizeLimit from 'size-limit';
import preset from '@size-limit/preset-small-lib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const config = JSON.parse(readFileSync(resolve(root, '.size-limit.json'), 'utf8'));
const json = process.argv.includes('--json');

const UNITS = { b: 1, kb: 1000, kib: 1024 };
const parseLimit = (limit) => {
  const m = /^(\d+(?:\.\d+)?) *(b|kb|kib)$/i.exec(String(limit));
  if (!m) throw new Error(`Unreadable limit ${JSON.stringify(limit)}`);
  return Math.floor(Number(m[1]) * UNITS[m[2].toLowerCase()]);
};

const checks = config.map((c) => {
  const file = resolve(root, c.path);
  if (!existsSync(file)) throw new Error(`${c.name}: ${c.path} is missing; run pnpm build first`);
  return {
    name: c.name,
    files: [file],
    import: c.import === undefined ? undefined : { [file]: c.import },
    ignore: c.ignore,
    gzip: c.gzip,
    brotli: c.brotli,
    limit: c.limit,
  };
});
await sizeLimit(preset, { cwd: root, checks });

let failed = false;
const results = checks.map((c) => {
  const limit = c.limit === undefined ? undefined : parseLimit(c.limit);
  const passed = limit === undefined || c.size <= limit;
  failed ||= !passed;
  return { name: c.name, size: c.size, limit, passed };
});
if (json) console.log(JSON.stringify(results, null, 2));
else {
  const width = Math.max(...results.map((r) => r.name.length));
  for (const r of results)
    console.log(
      `${r.passed ? 'ok  ' : 'FAIL'} ${r.name.padEnd(width)}  ${(r.size / 1000).toFixed(2).padStart(6)} kB` +
        (r.limit === undefined ? '' : ` / ${(r.limit / 1000).toFixed(2)} kB`) +
        ' (min+gzip)',
    );
}
if (failed) {
  console.error(
    'Bundle budget exceeded: trim the code, or raise the limit in .size-limit.json on purpose.',
  );
  process.exit(1);
}
