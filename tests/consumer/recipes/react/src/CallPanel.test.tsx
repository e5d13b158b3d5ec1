import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { WorkspaceProvider } from '@wwe-kit/react';
import { createTestWorkspace, type TestWorkspace } from '@wwe-kit/simulator';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { CallPanel } from './CallPanel';

let t: TestWorkspace;

beforeEach(() => {
  t = createTestWorkspace();
  render(
    <WorkspaceProvider client={t.client}>
      <CallPanel />
    </WorkspaceProvider>,
  );
});

afterEach(() => {
  cleanup(); // unmount first (without vitest globals, Testing Library does not do it by itself)
  t.dispose(); // then the client and the simulated Workspace
});

test('a simulated inbound call appears with its ANI', async () => {
  t.workspace.simulateInboundCall({ ani: '5551234' });
  await act(() => t.settled());

  expect(screen.getByText('5551234: RINGING')).toBeTruthy();
});

test('Dial sends voice.dial to Workspace, which answers it', async () => {
  fireEvent.change(screen.getByLabelText('Number'), { target: { value: '5001' } });
  fireEvent.click(screen.getByRole('button', { name: 'Dial' }));
  await act(() => t.settled());

  expect(t.host.log()).toContainEqual(
    expect.objectContaining({ request: 'voice.dial', outcome: 'answered' }),
  );
  expect(t.workspace.getSnapshot().interactions).toMatchObject([
    { direction: 'OUT', dnis: '5001' },
  ]);
  expect(screen.getByText('5001: TALKING')).toBeTruthy();
});
