import { expect, test as base } from '@playwright/test';
import { withWorkspace } from '@wwe-kit/workspace/playwright';

// The same recording against a changed app (changed.html writes another user-data key); not
// strict, so that the test can look at the divergence itself.
const test = withWorkspace(base, {
  app: 'http://localhost:5173/changed.html',
  replay: 'session.json',
  strict: false,
});

test('a changed app diverges: the divergence named and positioned', async ({ workspace, app }) => {
  const replay = workspace.replay!;
  await replay.runUntil({ eventType: 'RINGING' });
  await app.getByRole('button', { name: 'Answer' }).click();
  await replay.runUntil({ eventType: 'ESTABLISHED' });
  await app.getByRole('button', { name: 'Sale' }).click();
  await expect
    .poll(() => replay.divergences())
    .toEqual([
      expect.objectContaining({
        kind: 'parameters',
        index: 10,
        request: 'interaction.setUserData',
        actual: ['1', { Outcome: 'Sale' }],
      }),
    ]);
  // The Workspace page shows it in its inspector.
  await expect(workspace.page.getByTestId('inspector-notice').first()).toContainText(
    'messages[10] (t=46500 ms): interaction.setUserData sent with parameters',
  );
});
