import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkspaceProvider } from '@wwe-kit/react';
import { createTestWorkspace } from '@wwe-kit/simulator';
import { App } from '../src/App';
import { STANDALONE_OPTIONS } from '../src/connect';

let dispose: (() => void) | undefined;
afterEach(() => {
  cleanup();
  dispose?.();
});

function start() {
  const t = createTestWorkspace({ options: STANDALONE_OPTIONS });
  dispose = t.dispose;
  render(
    <WorkspaceProvider client={t.client}>
      <App workspace={t.workspace} />
    </WorkspaceProvider>,
  );
  return t;
}

const log = () => screen.getByRole('region', { name: 'Event log' });

/** Clicks a button as an agent can: once it is enabled (a previous action may still be pending). */
async function click(name: string) {
  const button = () => screen.getByRole('button', { name }) as HTMLButtonElement;
  await waitFor(() => expect(button().disabled).toBe(false));
  fireEvent.click(button());
}

describe('react-sample', () => {
  it('changes the agent state, including a not-ready reason', async () => {
    const t = start();
    const picker = await screen.findByLabelText('Agent state');
    fireEvent.change(picker, { target: { value: 'NotReadyLunch' } });
    await waitFor(() =>
      expect(t.workspace.getSnapshot().agentState.operationName).toBe('NotReadyLunch'),
    );
    await waitFor(() => expect(screen.getByTestId('agent-state').textContent).toMatch(/lunch/i));
    expect(within(log()).getAllByText(/agent STATE_CHANGED/).length).toBeGreaterThan(0);
  });

  it('answers an inbound call, records it, and shows only the readable attached data', async () => {
    const t = start();
    await screen.findByLabelText('Agent state');
    await click('Simulate inbound call');
    await waitFor(() =>
      expect(screen.getByTestId('interaction-state').textContent).toBe('RINGING'),
    );
    expect(screen.getByTestId('ani').textContent).toBe('+1 555 0142');
    expect(screen.getByTestId('userdata-Segment').textContent).toBe('gold');
    expect(screen.queryByTestId('userdata-InternalScore')).toBeNull();

    await click('Answer');
    await waitFor(() =>
      expect(screen.getByTestId('interaction-state').textContent).toBe('TALKING'),
    );
    await click('Start recording');
    await waitFor(() =>
      expect(screen.getByTestId('recording-state').textContent).toBe('RECORDING'),
    );
    await click('Hold');
    await waitFor(() => expect(screen.getByTestId('interaction-state').textContent).toBe('HELD'));
    await click('Resume');
    await waitFor(() =>
      expect(screen.getByTestId('interaction-state').textContent).toBe('TALKING'),
    );
    await click('Hang up');
    await waitFor(() =>
      expect(screen.getByTestId('interaction-state').textContent).toBe('RELEASED'),
    );
    expect(t.workspace.getSnapshot().interactions[0]?.state).toBe('RELEASED');
  });

  it('edits attached data and shows the typed error of a forbidden key', async () => {
    const t = start();
    await screen.findByLabelText('Agent state');
    act(() => {
      t.workspace.simulateInboundCall({
        ani: '5551234',
        userData: { Segment: 'gold', AccountId: 'AC-1' },
      });
    });
    await screen.findByTestId('userdata-Segment');
    fireEvent.change(screen.getByLabelText('Key'), { target: { value: 'Segment' } });
    fireEvent.change(screen.getByLabelText('Value'), { target: { value: 'platinum' } });
    await click('Save');
    await waitFor(() =>
      expect(screen.getByTestId('userdata-Segment').textContent).toBe('platinum'),
    );
    expect(screen.getByTestId('userdata-saved')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Key'), { target: { value: 'AccountId' } });
    fireEvent.change(screen.getByLabelText('Value'), { target: { value: 'AC-2' } });
    await click('Save');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^HOST_ERROR: /);
    expect(screen.queryByTestId('userdata-saved')).toBeNull();
    expect(screen.getByTestId('userdata-AccountId').textContent).toBe('AC-1');
  });

  it("dials, selects the call's case, and toast button clicks appear in the event log", async () => {
    const t = start();
    await screen.findByLabelText('Agent state');
    fireEvent.change(screen.getByLabelText('Number'), { target: { value: '5550199' } });
    await click('Call');
    await waitFor(() =>
      expect(screen.getByTestId('interaction-state').textContent).toMatch(/DIALING|TALKING/),
    );
    expect(screen.getByTestId('dnis').textContent).toBe('5550199');
    expect(t.workspace.getSnapshot().interactions[0]).toMatchObject({
      direction: 'OUT',
      dnis: '5550199',
    });

    const caseId = t.workspace.getSnapshot().interactions[0]?.caseId as string;
    fireEvent.click(screen.getByRole('button', { name: `Select ${caseId}` }));
    await waitFor(() => expect(screen.getByTestId('selected-case').textContent).toContain(caseId));

    await click('Show toast');
    const button = await screen.findByRole('button', { name: 'Open account' });
    fireEvent.click(button);
    await waitFor(() =>
      expect(within(log()).getByText(/CUSTOM_TOAST_BUTTON_CLICK .* button 0/)).toBeTruthy(),
    );
  });
});
