import { expect, test } from './fixtures';

test('the recorded session replays with no divergence', async ({ workspace, app }) => {
  const replay = workspace.replay!;
  const calls = app.getByRole('list', { name: 'Calls' });
  await replay.runUntil({ eventType: 'RINGING' });
  await expect(calls).toContainText('5551234: RINGING');
  await app.getByRole('button', { name: 'Answer' }).click();
  await replay.runUntil({ eventType: 'ESTABLISHED' });
  await expect(calls).toContainText('5551234: TALKING');
  await app.getByRole('button', { name: 'Sale' }).click();
  await replay.runUntil({ eventType: 'RELEASED' }); // the customer hangs up
  await app.getByRole('button', { name: 'Mark done' }).click();
  await expect
    .poll(
      async () =>
        (await workspace.messages({ request: 'interaction.markdone', direction: 'in' })).length,
    )
    .toBe(1);
  await replay.runToEnd();
  await expect(calls).toBeEmpty();
  expect(await replay.divergences()).toEqual([]);
});
