// @vitest-environment node
// The production build (`vite build` → dist/, built before the tests by turbo) holds no
// simulator code: `connect()` imports the simulator behind `import.meta.env.DEV`, a branch that
// `vite build` removes. (The shared Vite config also fails the build if the simulator is bundled.)
import { fileURLToPath } from 'node:url';
import { SERVER_USER_AGENT } from '@wwe-kit/simulator';
import { expect, test } from 'vitest';
import {
  assertMarkersAreSimulatorCode,
  assertNoSimulatorIn,
} from '../../../scripts/simulator-markers';

test('the markers are the simulator’s own strings', () => {
  expect(SERVER_USER_AGENT).toBe('WWE Server');
  assertMarkersAreSimulatorCode(import.meta.url);
});

test('the production build holds no simulator code', () => {
  assertNoSimulatorIn(
    fileURLToPath(new URL('../dist/', import.meta.url)),
    'pnpm --filter react-sample build',
  );
});
