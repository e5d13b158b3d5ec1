import { expect, test } from './fixtures';

test('an inbound call simulated in Workspace shows in the app', async ({ workspace, app }) => {
  await expect(app.getByTestId('connection')).toHaveAttribute('data-status', 'connected');
  await workspace.simulateInboundCall({ ani: '5551234' });
  await expect(app.getByRole('list', { name: 'Interactions' })).toContainText(
    'voice 5551234 RINGING',
  );
});

test('click-to-dial in the app reaches Workspace', async ({ workspace, app }) => {
  // Act once the app shows it is connected, never sooner (nor after a pause): a click that lands
  // before the app has started is lost.
  await expect(app.getByTestId('connection')).toHaveAttribute('data-status', 'connected');
  await app.getByLabel('Number').fill('5550199');
  await app.getByRole('button', { name: 'Dial' }).click();
  await expect
    .poll(async () => (await workspace.messages({ request: 'voice.dial' })).map((m) => m.outcome))
    .toEqual(['answered']);
  const { interactions } = await workspace.snapshot();
  expect(interactions.map((i) => [i.direction, i.dnis])).toContainEqual(['OUT', '5550199']);
});
