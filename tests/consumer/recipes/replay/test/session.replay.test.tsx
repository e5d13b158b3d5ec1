import { readFileSync } from 'node:fs';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { WorkspaceProvider } from '@wwe-kit/react';
import { createTestWorkspace, type ReplayTestWorkspace } from '@wwe-kit/simulator';
import { afterEach, expect, test } from 'vitest';
import { App } from '../src/App';

// The recording, as exported and committed next to the tests.
const session = readFileSync('session.json', 'utf8');
let t: ReplayTestWorkspace;

afterEach(() => {
  cleanup();
  t.dispose();
});

/** Sends the recorded events up to the interaction event `eventType`. */
const until = (eventType: string) =>
  act(() =>
    t.runUntil(
      (m) => (m.message as { data?: { eventType?: string } }).data?.eventType === eventType,
    ),
  );
/** What the agent does in the app, then waits until the app and the replay are settled. */
const agent = async (action: () => void) => {
  action();
  await act(() => t.settled());
};
const button = (name: string) => screen.getByRole('button', { name });
const call = (state: string) =>
  within(screen.getByRole('region', { name: 'Interactions' })).getByRole('button', {
    name: `voice #1 5551234 — ${state}`,
  });

test('the recorded session replays with no divergence', async () => {
  t = createTestWorkspace({ replay: session });
  render(
    <WorkspaceProvider client={t.client}>
      <App />
    </WorkspaceProvider>,
  );
  await act(() => t.settled());

  await until('RINGING');
  expect(call('RINGING')).toBeTruthy();
  await agent(() => fireEvent.click(button('Answer')));
  await until('ESTABLISHED');
  expect(call('TALKING')).toBeTruthy();

  await agent(() => {
    fireEvent.change(screen.getByLabelText('Key'), { target: { value: 'Notes' } });
    fireEvent.change(screen.getByLabelText('Value'), { target: { value: 'Wants a callback' } });
    fireEvent.click(button('Save'));
  });
  expect(screen.getByText('Saved')).toBeTruthy();
  await until('ATTACHED_DATA_CHANGED');
  expect(screen.getByRole('rowheader', { name: 'Notes' })).toBeTruthy();

  await until('RELEASED'); // the customer hangs up
  expect(call('RELEASED')).toBeTruthy();
  await agent(() => fireEvent.click(button('Mark done')));
  await act(() => t.runToEnd());
  expect(screen.getByText('No live interaction.')).toBeTruthy();
  expect(t.divergences).toEqual([]);
});
