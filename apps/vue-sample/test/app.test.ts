import { createTestWorkspace, type TestWorkspace } from '@wwe-kit/simulator';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/vue';
import { createWorkspacePlugin, setActiveWorkspaceClient } from '@wwe-kit/vue';
import { afterEach, describe, expect, it } from 'vitest';
import App from '../src/App.vue';
import { STANDALONE_OPTIONS } from '../src/connect';

let t: TestWorkspace;

/** Clicks a button as an agent can: once it is enabled (a previous action may still be pending). */
async function click(get: () => HTMLElement) {
  await waitFor(() => expect((get() as HTMLButtonElement).disabled).toBeFalsy());
  await fireEvent.click(get());
}

function renderApp() {
  t = createTestWorkspace({ options: STANDALONE_OPTIONS });
  return render(App, {
    props: { workspace: t.workspace },
    global: { plugins: [createWorkspacePlugin(t.client)] },
  });
}

afterEach(() => {
  t.dispose();
  setActiveWorkspaceClient(undefined);
});

describe('vue-sample panel', () => {
  it('runs the main flows against the simulated Workspace', async () => {
    const view = renderApp();

    // Agent state picker.
    await waitFor(() => expect(screen.getByTestId('agent-state').textContent).not.toBe('loading…'));
    const picker = screen.getByLabelText<HTMLSelectElement>('Agent state');
    await fireEvent.update(picker, 'NotReadyBreak');
    await waitFor(() => expect(screen.getByTestId('agent-state').textContent).toMatch(/Break/i));

    // Inbound call, details, call controls.
    await click(() => screen.getByText('Simulate inbound call'));
    await waitFor(() => expect(screen.getByTestId('ani').textContent).toBe('5550001'));
    expect(screen.getByTestId('state').textContent).toBe('RINGING');
    await click(() => screen.getByText('Answer'));
    await waitFor(() => expect(screen.getByTestId('state').textContent).toBe('TALKING'));
    await click(() => screen.getByText('Start recording'));
    await waitFor(() => expect(screen.getByTestId('recording').textContent).toBe('RECORDING'));
    await click(() => screen.getByText('Hold'));
    await waitFor(() => expect(screen.getByTestId('state').textContent).not.toBe('TALKING'));
    await click(() => screen.getByText('Resume'));
    await waitFor(() => expect(screen.getByTestId('state').textContent).toBe('TALKING'));

    // Attached data: allowed key saves, forbidden key shows a typed error.
    const details = within(screen.getByTestId('details'));
    await fireEvent.update(details.getByLabelText('Value'), 'VIP');
    await click(() => details.getByText('Save'));
    await waitFor(() => expect(details.getByText('VIP')).toBeTruthy());
    await fireEvent.update(details.getByLabelText('Key'), 'Secret');
    await click(() => details.getByText('Save'));
    await waitFor(() =>
      expect(screen.getByTestId('user-data-error').textContent).toMatch(/HOST_ERROR.*Secret/s),
    );

    // Case selection.
    const caseId = t.workspace.getSnapshot().interactions[0]!.caseId!;
    await click(() => screen.getByText(`Select case ${caseId}`));
    await waitFor(() => expect(screen.getByTestId('selected-case').textContent).toBe(caseId));

    // Toast whose button click reaches the event log.
    await click(() => screen.getByText('Show toast'));
    await fireEvent.click(await screen.findByText('Later'));
    await waitFor(() =>
      expect(screen.getByTestId('event-log').textContent).toMatch(/button 1 clicked/),
    );

    // Hang up.
    await click(() => screen.getByText('Hang up'));
    await waitFor(() => expect(screen.getByTestId('state').textContent).not.toBe('TALKING'));

    view.unmount();
    await waitFor(() => {
      expect(t.client.stats().handlers).toBe(0);
      expect(t.client.stats().subscriptions).toBe(0);
    });
  });
});
