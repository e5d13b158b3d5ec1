import { expect, test } from './fixtures';

test('an inbound call simulated in Workspace shows in the app', async ({ workspace, app }) => {
  await expect(app.getByRole('status')).toHaveText(/connected/i);
  await workspace.simulateInboundCall({ ani: '5551234', userData: { Segment: 'Gold' } });
  const list = app.getByRole('region', { name: 'Interactions' });
  await expect(list.getByRole('button')).toHaveText('voice 5551234 RINGING');
  await expect(app.getByRole('region', { name: 'Attached data' })).toContainText('Gold');
});

test('click-to-dial in the app reaches Workspace', async ({ workspace, app }) => {
  // Act once the app shows it is connected, never sooner (nor after a pause): a click that lands
  // before the app has started is lost.
  await expect(app.getByRole('status')).toHaveText(/connected/i);
  await app.getByLabel('Number').fill('5550199');
  await app.getByRole('button', { name: 'Dial' }).click();
  await expect
    .poll(async () => (await workspace.messages({ request: 'voice.dial' })).map((m) => m.outcome))
    .toEqual(['answered']);
  const { interactions } = await workspace.snapshot();
  expect(interactions.map((i) => [i.direction, i.dnis])).toContainEqual(['OUT', '5550199']);
});
