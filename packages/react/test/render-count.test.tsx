import { Profiler, type ReactNode } from 'react';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useAgentState, useInteraction, useInteractions } from '../src/index';
import { MODES, setup } from './setup';

afterEach(cleanup);

/** Counts the commits of its subtree (Profiler is not double-invoked by StrictMode). */
function Counted({
  name,
  counts,
  children,
}: {
  name: string;
  counts: Record<string, number>;
  children: ReactNode;
}) {
  return (
    <Profiler id={name} onRender={() => (counts[name] = (counts[name] ?? 0) + 1)}>
      {children}
    </Profiler>
  );
}

function One({ id, label }: { id: string; label: string }) {
  const userData = useInteraction(id, (s) => s.interaction?.userData);
  return <p data-testid={label}>{JSON.stringify(userData ?? null)}</p>;
}

function FromList({ id }: { id: string }) {
  const ani = useInteractions((s) => s.interactions.find((i) => i.interactionId === id)?.ani);
  return <p data-testid="list-b">{ani ?? 'none'}</p>;
}

function Agent() {
  const state = useAgentState();
  return <p data-testid="agent">{state?.displayName ?? 'loading'}</p>;
}

describe.each(MODES)('render counts ($mode)', ({ strict }) => {
  it('an event changing interaction A re-renders only the components selecting A', async () => {
    const t = setup(strict);
    const a = t.workspace.simulateInboundCall({ ani: '111' });
    const b = t.workspace.simulateInboundCall({ ani: '222' });
    const counts: Record<string, number> = {};
    const Wrapper = t.wrapper;
    render(
      <Wrapper>
        <Counted name="a" counts={counts}>
          <One id={a} label="a" />
        </Counted>
        <Counted name="b" counts={counts}>
          <One id={b} label="b" />
        </Counted>
        <Counted name="listB" counts={counts}>
          <FromList id={b} />
        </Counted>
        <Counted name="agent" counts={counts}>
          <Agent />
        </Counted>
      </Wrapper>,
    );
    await waitFor(() => {
      expect(screen.getByTestId('list-b').textContent).toBe('222');
      expect(screen.getByTestId('agent').textContent).not.toBe('loading');
      expect(screen.getByTestId('b').textContent).not.toBe('null');
    });
    // Let every pending delivery settle before taking the baseline.
    await act(() => t.client.agent.getState());
    const before = { ...counts };

    await act(() => t.client.interaction.setUserData(a, { Segment: 'gold' }));
    await waitFor(() => expect(screen.getByTestId('a').textContent).toContain('gold'));
    await act(() => t.client.agent.getState());

    expect(counts.a).toBeGreaterThan(before.a ?? 0);
    expect(counts.b).toBe(before.b);
    expect(counts.listB).toBe(before.listB);
    expect(counts.agent).toBe(before.agent);
    t.dispose();
  });
});
