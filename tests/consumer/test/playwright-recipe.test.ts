// The Testing guide's Playwright recipe, as a user's project: @wwe-kit/workspace/playwright from
// the packed tarball, @playwright/test from the registry, the app on Vite, Debian's Chromium.
import { afterAll, expect, test } from 'vitest';
import { chromiumPath } from '@wwe-kit/browser-harness';
import { recipeLines, recipeProject } from '../lib/recipe';
import { withFixedPorts } from '../lib/ports';
import type { Project } from '../lib/project';

let project: Project | undefined;
afterAll(() => {
  project?.remove();
});

test('recipe playwright: an inbound call shows in the app; click-to-dial reaches Workspace', async () => {
  project = await recipeProject('playwright');
  const started = Date.now();
  const r = await withFixedPorts(() =>
    project!.exec('npx', ['playwright', 'test', '--reporter=line'], {
      CHROMIUM_PATH: chromiumPath(),
      CI: '1',
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `[measure] recipe playwright: ${recipeLines('playwright')} lines, install ${project.installSeconds.toFixed(1)} s, test ${seconds.toFixed(1)} s`,
  );
  expect(r.stdout + r.stderr).toMatch(/2 passed/);
  expect(r.status).toBe(0);
  // Type-checks as written.
  const tsc = project.run('npx', ['tsc', '-p', 'tsconfig.json']);
  if (tsc.status) console.log(tsc.stdout, tsc.stderr);
  expect(tsc.stdout + tsc.stderr).toBe('');
  expect(tsc.status).toBe(0);
}, 300_000); // an npm install (concurrent with the other files' installs) and a browser run
