import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  useAgent,
  useAgentState,
  useInteraction,
  useInteractions,
  useMediaList,
  useSelectedCase,
  useWorkspaceEvent,
} from '../src/index';
import { MODES, setup } from './setup';

afterEach(cleanup);

function Everything({ id }: { id: string }) {
  const agent = useAgent();
  useAgentState((s) => s.state?.reason);
  useMediaList();
  useInteractions((s) => s.interactions.length);
  const one = useInteraction(id);
  useSelectedCase();
  useWorkspaceEvent('system', () => {});
  useWorkspaceEvent('system', () => {});
  return (
    <p data-testid="out">
      {agent.status}/{one.interaction?.state ?? 'none'}
    </p>
  );
}

describe.each(MODES)('subscriptions ($mode)', ({ strict }) => {
  it('holds exactly one host subscription per topic and removes all of them on unmount', async () => {
    const t = setup(strict);
    const id = t.workspace.simulateInboundCall();
    const Wrapper = t.wrapper;
    const { unmount } = render(
      <Wrapper>
        <Everything id={id} />
        <Everything id={id} />
      </Wrapper>,
    );
    await waitFor(() => expect(screen.getAllByTestId('out')[0]?.textContent).toBe('ready/RINGING'));
    // agent, media, interaction, system: one each, however many components and StrictMode re-runs.
    expect(t.client.stats().subscriptions).toBe(4);
    await waitFor(() => expect(t.host.stats().subscriptions).toBe(4));
    // One handler per live source (agent, media, interactions) + one per mounted useWorkspaceEvent.
    expect(t.client.stats().handlers).toBe(3 + 4);

    unmount();
    expect(t.client.stats()).toMatchObject({ handlers: 0, subscriptions: 0 });
    await waitFor(() => expect(t.host.stats().subscriptions).toBe(0));
    t.dispose();
  });
});
