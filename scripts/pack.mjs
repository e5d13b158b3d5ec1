#!/usr/bin/env node
/**
 * Packs every published package once, as npm would ship it (`pnpm pack`: `publishConfig` applied,
 * `workspace:*` turned into versions), into `<dir>/<name>/<tarball>.tgz` (`@wwe-kit/core` →
 * `<dir>/@wwe-kit-core/wwe-kit-core-0.1.0.tgz`). CI packs once into the folder named by
 * `WWE_KIT_TARBALLS`; `pnpm check:packages` and the consumer tests (tests/consumer) then use those
 * tarballs instead of packing again, and pack their own when it is unset.
 *
 * Usage: node scripts/pack.mjs <dir>      (after pnpm build)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The published packages: name → folder in this repository (every package under packages/ that
 * is not private, so a new package is packed without editing this file).
 */
export const PUBLISHED = Object.fromEntries(
  readdirSync(join(root, 'packages'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, 'packages', d.name, 'package.json')))
    .map((d) => [d.name, JSON.parse(readFileSync(join(root, 'packages', d.name, 'package.json')))])
    .filter(([, manifest]) => !manifest.private)
    .map(([folder, manifest]) => [manifest.name, `packages/${folder}`]),
);

/** The tarball of `name` packed into `dir` by `packAll`, or undefined. */
export function packedTarball(dir, name) {
  const dest = join(dir, name.replace('/', '-'));
  const file = existsSync(dest) ? readdirSync(dest).find((f) => f.endsWith('.tgz')) : undefined;
  return file && join(dest, file);
}

/** `pnpm pack` of one package into `<dir>/<name>/`: resolves with the tarball's path. */
export function pack(dir, name) {
  const dest = join(dir, name.replace('/', '-'));
  mkdirSync(dest, { recursive: true });
  return new Promise((resolvePack, reject) => {
    let out = '';
    const child = spawn('pnpm', ['pack', '--pack-destination', dest], {
      cwd: join(root, PUBLISHED[name]),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    child.on('error', reject);
    child.on('close', (code) => {
      const file = code === 0 ? packedTarball(dir, name) : undefined;
      if (file) resolvePack(file);
      else reject(new Error(`pnpm pack ${name} failed (run pnpm build first)\n${out}`));
    });
  });
}

/** Packs every published package into `dir`, concurrently: name → tarball path. */
export async function packAll(dir) {
  for (const [name, folder] of Object.entries(PUBLISHED))
    if (!existsSync(join(root, folder, 'dist')))
      throw new Error(`${name}: no dist/ (run pnpm build first)`);
  const names = Object.keys(PUBLISHED);
  const files = await Promise.all(names.map((n) => pack(dir, n)));
  return Object.fromEntries(names.map((n, i) => [n, files[i]]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('Usage: node scripts/pack.mjs <dir>');
    process.exit(2);
  }
  const started = Date.now();
  const packed = await packAll(resolve(dir));
  for (const [name, file] of Object.entries(packed)) {
    const { version } = JSON.parse(readFileSync(join(root, PUBLISHED[name], 'package.json')));
    console.log(`packed ${name}@${version}: ${file}`);
  }
  console.log(
    `${Object.keys(packed).length} packages packed in ${(Date.now() - started) / 1000} s`,
  );
}
