import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { WorkspaceProvider } from '@wwe-kit/react';
import { createTestWorkspace, type TestWorkspace } from '@wwe-kit/simulator';
import { afterEach, beforeEach, expect, test } from 'vitest';
// The security options of the simulated Workspace of `npm run dev`: the request filter and the
// attached-data lists the administrator sets (WORKSPACE-ADMIN.md).
import workspaceIni from '../workspace.ini?raw';
import { App } from './App.tsx';

let t: TestWorkspace;

beforeEach(async () => {
  t = createTestWorkspace({ origin: 'http://localhost:5173', options: workspaceIni });
  render(
    <WorkspaceProvider client={t.client}>
      <App />
    </WorkspaceProvider>,
  );
  await act(() => t.settled());
});

afterEach(() => {
  cleanup(); // unmount first (without vitest globals, Testing Library does not do it by itself)
  t.dispose(); // then the client and the simulated Workspace
});

test('shows the agent state and changes it', async () => {
  const select = screen.getByLabelText<HTMLSelectElement>('Agent state');
  expect(select.value).toBe('Ready');

  fireEvent.change(select, { target: { value: 'NotReady' } });
  await act(() => t.settled());
  expect(t.workspace.getSnapshot().agentState.operationName).toBe('NotReady');
});

test('a simulated inbound call appears in the list with its attached data', async () => {
  t.workspace.simulateInboundCall({ ani: '5551234', userData: { Segment: 'Gold', Secret: 'x' } });
  await act(() => t.settled());

  const list = screen.getByRole('region', { name: 'Interactions' });
  expect(within(list).getByRole('button').textContent).toBe('voice 5551234 RINGING');
  const data = screen.getByRole('region', { name: 'Attached data' });
  expect(within(data).getByRole('row', { name: 'Segment Gold' })).toBeTruthy();
  // Not in user-data.read-allowed: Workspace does not send it.
  expect(within(data).queryByText('Secret')).toBeNull();
});

test('edits the attached data of the selected interaction', async () => {
  t.workspace.simulateInboundCall({ ani: '5551234' });
  await act(() => t.settled());

  fireEvent.change(screen.getByLabelText('Value'), { target: { value: 'Called back' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  await act(() => t.settled());
  expect(t.workspace.getSnapshot().interactions[0]?.userData).toMatchObject({
    Note: 'Called back',
  });

  // Not in user-data.write-allowed: refused, and the app says why.
  fireEvent.change(screen.getByLabelText('Key'), { target: { value: 'AccountId' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  await act(() => t.settled());
  expect(screen.getByRole('alert').textContent).toMatch(/AccountId/);

  // Another interaction: the error was about the first one and is gone.
  t.workspace.simulateInboundCall({ ani: '5550100' });
  await act(() => t.settled());
  fireEvent.click(screen.getByRole('button', { name: /5550100/ }));
  await act(() => t.settled());
  expect(screen.getByRole('heading', { name: /5550100/ })).toBeTruthy();
  expect(screen.queryByRole('alert')).toBeNull();
});

test('click-to-dial sends voice.dial to Workspace, which places the call', async () => {
  fireEvent.change(screen.getByLabelText('Number'), { target: { value: '5550199' } });
  fireEvent.click(screen.getByRole('button', { name: 'Dial' }));
  await act(() => t.settled());

  expect(t.host.log()).toContainEqual(
    expect.objectContaining({ request: 'voice.dial', outcome: 'answered' }),
  );
  expect(t.workspace.getSnapshot().interactions).toMatchObject([
    { direction: 'OUT', dnis: '5550199' },
  ]);
  // Every message the app sent passed workspace.ini's request filter.
  expect(t.host.log().filter((m) => m.direction === 'in' && m.outcome !== 'answered')).toEqual([]);
});
