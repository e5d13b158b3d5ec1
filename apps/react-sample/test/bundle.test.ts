// @vitest-environment node
// The production build (`vite build` → dist/, built before the tests by turbo) holds no
// simulator code: `connect()` imports the simulator behind `import.meta.env.DEV`, a branch that
// `vite build` removes. (vite.config.ts also fails the build if the simulator is bundled.)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVER_USER_AGENT } from '@wwe-kit/simulator';
import { expect, test } from 'vitest';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
/** Strings of the simulator's code only: its host's userAgent, an option and a call result. */
const MARKERS = ['WWE Server', 'rate-limit-quarantine-delay', 'Answering Machine Detected'];

/** Every file under `dir`, as [path, text]. */
const filesOf = (dir: string): [string, string][] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(f).isFile())
    .map((f) => [f, readFileSync(f, 'utf8')]);

test('the markers are the simulator’s own strings', () => {
  expect(SERVER_USER_AGENT).toBe('WWE Server');
  const simulator = path.dirname(
    createRequire(import.meta.url).resolve('@wwe-kit/simulator/package.json'),
  );
  const code = ['dist', 'src']
    .map((d) => path.join(simulator, d))
    .filter((d) => existsSync(d))
    .flatMap(filesOf)
    .map(([, text]) => text)
    .join('\n');
  for (const marker of MARKERS) expect(code, marker).toContain(marker);
});

test('the production build holds no simulator code', () => {
  if (!existsSync(path.join(DIST, 'index.html')))
    throw new Error('No build: run `pnpm --filter react-sample build` first (turbo does it)');
  const files = filesOf(DIST);
  expect(files.some(([f]) => f.endsWith('.js'))).toBe(true);
  for (const [file, text] of files)
    for (const marker of MARKERS)
      expect(text.includes(marker), `${marker} in ${path.relative(DIST, file)}`).toBe(false);
});
