import { expect, test } from './fixtures';

test('an inbound call simulated in Workspace shows in the app', async ({ workspace, app }) => {
  await expect(app.locator('#agent')).toHaveText(/^Agent: /);
  await workspace.simulateInboundCall({ ani: '5551234', userData: { Segment: 'Gold' } });
  await expect(app.getByRole('list', { name: 'Calls' })).toContainText('voice 5551234 RINGING');
});

test('click-to-dial in the app reaches Workspace', async ({ workspace, app }) => {
  // Act on the app once it shows it is ready (connected, its handlers attached), never sooner:
  // a click that lands before its script runs would submit the form natively and reload the page.
  await expect(app.locator('#agent')).toHaveText(/^Agent: /);
  await app.getByLabel('Number').fill('5550199');
  await app.getByRole('button', { name: 'Dial' }).click();
  await expect
    .poll(async () => (await workspace.messages({ request: 'voice.dial' })).map((m) => m.outcome))
    .toEqual(['answered']);
  const { interactions } = await workspace.snapshot();
  expect(interactions.map((i) => [i.direction, i.dnis])).toContainEqual(['OUT', '5550199']);
});
