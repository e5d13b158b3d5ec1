import { expect, test } from './fixtures';

test('the recorded session replays with no divergence', async ({ workspace, app }) => {
  const replay = workspace.replay!;
  const call = (state: string) =>
    app
      .getByRole('region', { name: 'Interactions' })
      .getByRole('button', { name: `voice #1 5551234 — ${state}` });

  await replay.runUntil({ eventType: 'RINGING' });
  await expect(call('RINGING')).toBeVisible();
  await app.getByRole('button', { name: 'Answer', exact: true }).click();
  await replay.runUntil({ eventType: 'ESTABLISHED' });
  await expect(call('TALKING')).toBeVisible();

  await app.getByLabel('Key', { exact: true }).fill('Notes');
  await app.getByLabel('Value', { exact: true }).fill('Wants a callback');
  await app.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(app.getByText('Saved')).toBeVisible();
  await replay.runUntil({ eventType: 'ATTACHED_DATA_CHANGED' });
  await expect(app.getByRole('rowheader', { name: 'Notes' })).toBeVisible();

  await replay.runUntil({ eventType: 'RELEASED' }); // the customer hangs up
  await expect(call('RELEASED')).toBeVisible();
  await app.getByRole('button', { name: 'Mark done', exact: true }).click();
  await expect
    .poll(
      async () =>
        (await workspace.messages({ request: 'interaction.markdone', direction: 'in' })).length,
    )
    .toBe(1);
  await replay.runToEnd();
  await expect(app.getByText('No live interaction.')).toBeVisible();
  expect(await replay.divergences()).toEqual([]);
});
