// Packs every published package once per run (scripts/pack.mjs), into one folder that every test
// file installs from: CI packs once for the whole run (`WWE_KIT_TARBALLS`, also used by
// `pnpm check:packages`); run alone, this packs into a temporary folder, removed at the end.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { PACKAGES } from './project';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder of the packed tarballs: `<dir>/<name with / as ->/<tarball>.tgz`. */
    tarballs: string;
  }
}

const packed = (dir: string) =>
  Object.keys(PACKAGES).every((name) => {
    const dest = path.join(dir, name.replace('/', '-'));
    return existsSync(dest) && readdirSync(dest).some((f) => f.endsWith('.tgz'));
  });

export default function setup(project: TestProject): () => void {
  const shared = process.env.WWE_KIT_TARBALLS;
  const dir = shared || mkdtempSync(path.join(tmpdir(), 'wwe-kit-tarballs-'));
  if (!packed(dir)) {
    const r = spawnSync('node', [path.join(ROOT, 'scripts/pack.mjs'), dir], { encoding: 'utf8' });
    if (r.status !== 0)
      throw new Error(`Packing failed (run pnpm build first)\n${r.stdout}${r.stderr}`);
    process.stdout.write(`[measure] ${r.stdout.trim().split('\n').at(-1)}\n`);
  }
  project.provide('tarballs', dir);
  return () => {
    if (!shared) rmSync(dir, { recursive: true, force: true });
  };
}
