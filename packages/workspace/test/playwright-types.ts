// Type test (compiled by `pnpm typecheck`, never run): both documented ways to get the fixtures
// give tests typed `workspace` and `app` fixtures.
import { test as base, expect } from '@playwright/test';
import {
  withWorkspace,
  workspaceFixtures,
  type WorkspaceTestFixtures,
  type WorkspaceWorkerFixtures,
} from '../src/node/playwright';

const test = withWorkspace(base, { app: 'http://localhost:5173/' });
const composed = base.extend<WorkspaceTestFixtures, WorkspaceWorkerFixtures>(
  workspaceFixtures({ app: 'http://localhost:5173/', mode: 'popup' }),
);

test('typed fixtures', async ({ workspace, app, page, workspaceServer }) => {
  const id: string = await workspace.simulateInboundCall({ ani: '5551234', userData: { A: 'b' } });
  await workspace.customerHangUp(id);
  const dials = await workspace.messages({ request: 'voice.dial', direction: 'in' });
  expect(dials.map((m) => m.outcome)).toEqual(['answered']);
  await expect(app.getByRole('button', { name: 'Dial' })).toBeVisible();
  expect(page.url()).toBe(workspaceServer.url);
  // @ts-expect-error: not a driver method
  await workspace.simulateFax();
  // The actions are the simulator's own methods (SimulatedWorkspace), arguments and results.
  const email: string = await workspace.simulateInboundEmail({ to: 'sales@example.com' });
  await workspace.simulateChatMessage(await workspace.simulateInboundChat(), 'Hello');
  await workspace.selectCase(email);
  // @ts-expect-error: the simulator's option type, not any object
  await workspace.simulateInboundCall({ caller: '5551234' });
  // @ts-expect-error: setMediaState takes the media and the operationName
  await workspace.setMediaState('voice');
});

composed('composed', async ({ workspace, app }) => {
  await workspace.setAgentState('Ready');
  await app.getByText('Ready').waitFor();
});
