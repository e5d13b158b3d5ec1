import { readFileSync } from 'node:fs';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { WorkspaceProvider } from '@wwe-kit/react';
import { createTestWorkspace, type ReplayTestWorkspace } from '@wwe-kit/simulator';
import type { ReactElement } from 'react';
import { afterEach, expect, test } from 'vitest';
import { CallPanel } from './CallPanel';

// The recording, as exported and committed next to the tests.
const session = readFileSync('session.json', 'utf8');
let t: ReplayTestWorkspace;

afterEach(() => {
  cleanup();
  t.dispose();
});

/** Replays the recorded session to the panel: `panel` is the app under test. */
async function replay(panel: ReactElement) {
  t = createTestWorkspace({ replay: session });
  render(<WorkspaceProvider client={t.client}>{panel}</WorkspaceProvider>);
  await act(() => t.settled());
}
/** Sends the recorded events up to the interaction event `eventType`. */
const until = (eventType: string) =>
  act(() =>
    t.runUntil(
      (m) => (m.message as { data?: { eventType?: string } }).data?.eventType === eventType,
    ),
  );
const click = async (name: string) => {
  fireEvent.click(screen.getByRole('button', { name }));
  await act(() => t.settled());
};

test('the recorded session replays with no divergence', async () => {
  await replay(<CallPanel />);
  await until('RINGING');
  expect(screen.getByText(/5551234: RINGING/)).toBeTruthy();
  await click('Answer');
  await until('ESTABLISHED');
  expect(screen.getByText(/5551234: TALKING/)).toBeTruthy();
  await click('Sale');
  await until('RELEASED'); // the customer hangs up
  await click('Mark done');
  await act(() => t.runToEnd());
  expect(screen.queryByText(/5551234/)).toBeNull();
  expect(t.divergences).toEqual([]);
});

test('a changed app fails, the divergence named and positioned', async () => {
  await replay(<CallPanel dispositionKey="Outcome" />);
  await until('RINGING');
  await click('Answer');
  await until('ESTABLISHED');
  await expect(click('Sale')).rejects.toThrow(
    /messages\[10\] \(t=46500 ms\): interaction\.setUserData sent with parameters \["1",\{"Outcome":"Sale"\}\], recorded with \["1",\{"Disposition":"•••"\}\]/,
  );
});
