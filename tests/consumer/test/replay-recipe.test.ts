// The guide "Turning a production session into a test" (apps/docs/guide/replay.md): its code
// blocks are the files of tests/consumer/recipes/replay, and that recipe, as a user's project
// (the @wwe-kit packages from the packed tarballs, the rest from the registry), replays the
// recorded session with zero divergences in a unit test and in a Playwright test, and fails a
// changed app with the divergence named and positioned.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { chromiumPath } from '@wwe-kit/browser-harness';
import { withFixedPorts } from '../lib/ports';
import type { Project } from '../lib/project';
import { recipeLines, recipeProject } from '../lib/recipe';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const GUIDE = 'apps/docs/guide/replay.md';

let project: Project | undefined;
afterAll(() => {
  project?.remove();
});

test('the guide shows the recipe’s files exactly', () => {
  const markdown = readFileSync(path.join(ROOT, GUIDE), 'utf8');
  const re = /(?:<!-- file: (\S+) -->\s*\n\s*)?^```(\w*)\n([\s\S]*?)^```$/gm;
  const blocks = [...markdown.matchAll(re)];
  const loose = blocks.filter((m) => !m[1] && !['sh', 'text'].includes(m[2]!));
  expect(loose.map((m) => m[2])).toEqual([]);
  const shown = blocks.filter((m) => m[1]);
  expect(shown.length).toBeGreaterThan(3);
  for (const m of shown)
    expect(m[3], `${GUIDE}: ${m[1]}`).toBe(readFileSync(path.join(ROOT, m[1]!), 'utf8'));
});

test('recipe replay: zero divergences in vitest and Playwright; a changed app fails, positioned', async () => {
  project = await recipeProject('replay');
  const started = Date.now();
  const unit = await project.exec('npx', ['vitest', 'run'], { CI: 'true', NO_COLOR: '1' });
  const unitOutput = unit.stdout + unit.stderr;
  expect(unit.status, unitOutput).toBe(0);
  expect(unitOutput).toMatch(/Tests\s+2 passed \(2\)/);
  expect(unitOutput).not.toMatch(/not wrapped in act/);

  // The simulated Workspace on 5170 and the app on 5173, as users configure them: one e2e run at
  // a time across the consumer tests.
  const e2e = await withFixedPorts(() =>
    project!.exec('npx', ['playwright', 'test', '--reporter=line'], {
      CHROMIUM_PATH: chromiumPath(),
      CI: '1',
    }),
  );
  expect(e2e.status, e2e.stdout + e2e.stderr).toBe(0);
  expect(e2e.stdout + e2e.stderr).toMatch(/2 passed/);

  const tsc = await project.exec('npx', ['tsc', '--noEmit']);
  expect(tsc.status, tsc.stdout + tsc.stderr).toBe(0);
  console.log(
    `[measure] recipe replay: ${recipeLines('replay')} lines, install ${project.installSeconds.toFixed(1)} s, tests ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}, 300_000); // an npm install (concurrent with the other files' installs) and two test runs
