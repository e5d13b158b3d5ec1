// @vitest-environment node
// The production build (`vite build` → dist/, built before the tests by turbo) holds no
// simulator code: `connect()` imports the simulator behind `import.meta.env.DEV`, a branch that
// `vite build` removes. (The shared Vite config also fails the build if the simulator is bundled.)
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVER_USER_AGENT } from '@wwe-kit/simulator';
import { expect, test } from 'vitest';
import {
  SIMULATOR_MARKERS,
  filesOf,
  simulatorCode,
  simulatorMarkersIn,
} from '../../../scripts/simulator-markers';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

test('the markers are the simulator’s own strings', () => {
  expect(SERVER_USER_AGENT).toBe('WWE Server');
  const code = simulatorCode(import.meta.url);
  for (const marker of SIMULATOR_MARKERS) expect(code, marker).toContain(marker);
});

test('the production build holds no simulator code', () => {
  if (!existsSync(path.join(DIST, 'index.html')))
    throw new Error('No build: run `pnpm --filter vue-sample build` first (turbo does it)');
  expect(filesOf(DIST).some(([f]) => f.endsWith('.js'))).toBe(true);
  expect(simulatorMarkersIn(DIST)).toEqual([]);
});
