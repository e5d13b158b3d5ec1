// The guide "Turning a production session into a test" (apps/docs/guide/replay.md): its code
// blocks are the files of tests/consumer/recipes/replay, and that recipe, as a user's project
// (the @wwe-kit packages from the packed tarballs, the rest from the registry) whose app is the
// React sample (apps/react-sample/src copied as its src/), replays the session recorded against
// that sample (session.json, exported from the Workspace page by apps/dev's
// e2e/replay-session.test.ts) with zero divergences in a unit test and in a Playwright test. Then
// one line of the sample changes so that it sends one different request: both fail, the
// divergence named and positioned.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, expect, test } from 'vitest';
import { chromiumPath } from '@wwe-kit/browser-harness';
import { validateRecording } from '@wwe-kit/core/recording';
import { withFixedPorts } from '../lib/ports';
import type { Project } from '../lib/project';
import { recipeLines, recipeProject, RECIPES } from '../lib/recipe';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const GUIDE = 'apps/docs/guide/replay.md';
const EDITOR = 'src/components/UserDataEditor.tsx';
/** The line of the sample that sends the user data, and the change the guide makes to it. */
const SAVE = 'client.interaction.setUserData(id, { [k]: v }),';
const CHANGED = 'client.interaction.setUserData(id, { [k.toLowerCase()]: v }),';

/** The divergence the changed app makes: its position and time read from the recording. */
function expectedDivergence(): string {
  const checked = validateRecording(
    readFileSync(path.join(RECIPES, 'replay/session.json'), 'utf8'),
  );
  if (!checked.ok) throw new Error(`session.json: ${checked.message}`);
  const messages = checked.recording.messages;
  const index = messages.findIndex(
    (m) => (m.message as { request?: string }).request === 'interaction.setUserData',
  );
  expect(index, 'session.json has no interaction.setUserData').toBeGreaterThan(0);
  return (
    `messages[${index}] (t=${messages[index]!.t} ms): interaction.setUserData sent with ` +
    `parameters ["1",{"notes":"Wants a callback"}], recorded with ["1",{"Notes":"•••"}]`
  );
}

let project: Project | undefined;
afterAll(() => {
  project?.remove();
});

// (That the guide's code blocks are the recipe's files: test/docs.test.ts.)
test('the guide shows the change this test makes, and the divergence the recording gives', () => {
  const markdown = readFileSync(path.join(ROOT, GUIDE), 'utf8');
  // The change it shows is this test's, on a line the sample has.
  expect(markdown).toContain(`-    ${SAVE}\n+    ${CHANGED}`);
  expect(readFileSync(path.join(ROOT, 'apps/react-sample', EDITOR), 'utf8')).toContain(SAVE);
  expect(markdown).toContain(expectedDivergence());
});

test('recipe replay: zero divergences in vitest and Playwright; a changed app fails both, positioned', async () => {
  project = await recipeProject('replay', { src: 'apps/react-sample/src' });
  const p = project;
  const started = Date.now();
  const unitTest = () => p.exec('npx', ['vitest', 'run'], { CI: 'true', NO_COLOR: '1' });
  // The simulated Workspace on 5170 and the app on 5173, as users configure them: one e2e run at
  // a time across the consumer tests.
  const e2eTest = () =>
    withFixedPorts(() =>
      p.exec('npx', ['playwright', 'test', '--reporter=line'], {
        CHROMIUM_PATH: chromiumPath(),
        CI: '1',
      }),
    );

  const unit = await unitTest();
  const unitOutput = unit.stdout + unit.stderr;
  expect(unit.status, unitOutput).toBe(0);
  expect(unitOutput).toMatch(/Tests\s+1 passed \(1\)/);
  expect(unitOutput).not.toMatch(/not wrapped in act/);
  const e2e = await e2eTest();
  expect(e2e.status, e2e.stdout + e2e.stderr).toBe(0);
  expect(e2e.stdout + e2e.stderr).toMatch(/1 passed/);
  const tsc = await p.exec('npx', ['tsc', '--noEmit']);
  expect(tsc.status, tsc.stdout + tsc.stderr).toBe(0);

  // The app changes: one line of the sample writes the key lower-cased.
  const source = readFileSync(path.join(p.dir, EDITOR), 'utf8');
  expect(source).toContain(SAVE);
  p.write(EDITOR, source.replace(SAVE, CHANGED));
  const divergence = expectedDivergence();
  const failedUnit = await unitTest();
  const failedUnitOutput = failedUnit.stdout + failedUnit.stderr;
  expect(failedUnit.status, failedUnitOutput).not.toBe(0);
  expect(failedUnitOutput).toMatch(/Tests\s+1 failed \(1\)/);
  expect(failedUnitOutput).toContain(
    `ReplayDivergenceError: The app diverged from the recording (1):\n  - ${divergence}`,
  );
  const failedE2e = await e2eTest();
  // (Without its colours: Playwright highlights `Error:` even when asked for none.)
  const failedE2eOutput = stripVTControlCharacters(failedE2e.stdout + failedE2e.stderr);
  expect(failedE2e.status, failedE2eOutput).not.toBe(0);
  expect(failedE2eOutput).toMatch(/1 failed/);
  const reported = /Error: The app diverged from the recording \(1\):\n\s+- (.*)\n/;
  expect(reported.exec(failedE2eOutput)?.[1], failedE2eOutput).toBe(divergence);

  const sessionLines = readFileSync(path.join(RECIPES, 'replay/session.json'), 'utf8')
    .trimEnd()
    .split('\n').length;
  console.log(
    `[measure] recipe replay: ${recipeLines('replay')} lines (${sessionLines} of them session.json, the export), install ${p.installSeconds.toFixed(1)} s, tests ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}, 420_000); // an npm install (concurrent with the other files' installs) and four test runs
