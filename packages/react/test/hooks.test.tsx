import { act, cleanup as unmountAll, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  isWorkspaceError,
  useAgent,
  useAgentState,
  useCan,
  useConnection,
  useInteraction,
  useInteractions,
  useMediaList,
  useSelectedCase,
  useWorkspaceAction,
  useWorkspaceClient,
  useWorkspaceEvent,
  useWorkspaceStore,
  useWorkspaceStores,
  useLiveStores,
  workspaceStores,
  type InteractionsSnapshot,
} from '../src/index';
import { MODES, setup } from './setup';

let cleanup: (() => void) | undefined;
afterEach(() => {
  unmountAll();
  cleanup?.();
  cleanup = undefined;
});

describe.each(MODES)('hooks ($mode)', ({ strict }) => {
  const start = (init?: Parameters<typeof setup>[1]) => {
    const t = setup(strict, init);
    cleanup = t.dispose;
    return t;
  };

  it('useWorkspaceClient returns the provider client and throws a clear error outside one', () => {
    const t = start();
    expect(renderHook(() => useWorkspaceClient(), { wrapper: t.wrapper }).result.current).toBe(
      t.client,
    );
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useWorkspaceClient())).toThrow(/inside <WorkspaceProvider/);
    vi.restoreAllMocks();
  });

  it('every hook takes an explicit client, which wins over the provider (none needed)', async () => {
    const t = start();
    const other = start();
    const id = t.workspace.simulateInboundCall({ ani: '555' });
    const hooks = (c: typeof t.client) => ({
      client: useWorkspaceClient(c),
      stores: useLiveStores(c),
      agent: useAgent(c).status,
      state: useAgentState(c)?.operationName,
      reason: useAgentState((s) => s.status, c),
      list: useInteractions(c).interactions.length,
      count: useInteractions((s) => s.interactions.length, c),
      one: useInteraction(id, c).interaction?.ani,
      oneState: useInteraction(id, (s) => s.interaction?.ani, c),
      media: useMediaList(c).status,
      selected: useSelectedCase(c).status,
      connection: useConnection(c).status,
      can: useCan('voice.dial', c),
      event: useWorkspaceEvent('interaction', () => {}, c),
    });
    // No provider at all.
    const { result } = renderHook(() => hooks(t.client));
    expect(result.current.client).toBe(t.client);
    expect(result.current.stores).toBe(workspaceStores(t.client));
    await waitFor(() =>
      expect(result.current).toMatchObject({
        agent: 'ready',
        reason: 'ready',
        list: 1,
        count: 1,
        one: '555',
        oneState: '555',
        media: 'ready',
        selected: 'ready',
        connection: 'connected',
        can: true,
      }),
    );
    expect(t.client.stats().handlers).toBeGreaterThan(0);
    // Under another client's provider, the explicit one still wins.
    const { result: under } = renderHook(() => hooks(t.client), { wrapper: other.wrapper });
    expect(under.current.client).toBe(t.client);
    await waitFor(() => expect(under.current.one).toBe('555'));
  });

  it('useWorkspaceStores is a deprecated alias of useLiveStores', () => {
    const t = start();
    const { result } = renderHook(() => [useWorkspaceStores(), useLiveStores()], {
      wrapper: t.wrapper,
    });
    expect(result.current[0]).toBe(result.current[1]);
  });

  it('useAgent loads then follows state changes', async () => {
    const t = start();
    const { result } = renderHook(() => useAgent(), { wrapper: t.wrapper });
    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current.agent?.username).toBeTruthy();
    expect(result.current.stateList.map((s) => s.operationName)).toContain('NotReadyBreak');
    act(() => t.workspace.setAgentState('NotReadyBreak'));
    await waitFor(() => expect(result.current.state?.operationName).toBe('NotReadyBreak'));
  });

  it('useAgentState returns the state, or a selection of the snapshot', async () => {
    const t = start();
    const { result } = renderHook(
      () => ({ state: useAgentState(), reason: useAgentState((s) => s.state?.reasonCode) }),
      { wrapper: t.wrapper },
    );
    expect(result.current.state).toBeUndefined();
    await waitFor(() => expect(result.current.state).toBeDefined());
    await act(() => t.client.agent.setState('NotReadyLunch'));
    await waitFor(() => expect(result.current.reason).toBe('1512'));
    expect(result.current.state?.operationName).toBe('NotReadyLunch');
  });

  it('useMediaList lists the channels and follows their state', async () => {
    const t = start();
    const { result } = renderHook(() => useMediaList(), { wrapper: t.wrapper });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current.media.map((m) => m.media)).toEqual(
      expect.arrayContaining(['voice', 'chat', 'email']),
    );
    act(() => t.workspace.setAgentState('Ready'));
    await waitFor(() =>
      expect(result.current.media.find((m) => m.media === 'voice')?.state.state).toBe('READY'),
    );
  });

  it('useInteractions follows arrivals and removals, with selectors', async () => {
    const t = start();
    const { result } = renderHook(
      () => ({
        all: useInteractions(),
        ids: useInteractions((s) => s.interactions.map((i) => i.interactionId)),
      }),
      { wrapper: t.wrapper },
    );
    await waitFor(() => expect(result.current.all.status).toBe('ready'));
    let id = '';
    act(() => {
      id = t.workspace.simulateInboundCall({ ani: '5551234' });
    });
    await waitFor(() => expect(result.current.ids).toEqual([id]));
    expect(result.current.all.interactions[0]?.ani).toBe('5551234');
    act(() => t.workspace.customerHangUp(id));
    await act(() => t.client.interaction.markdone(id));
    await waitFor(() => expect(result.current.ids).toEqual([]));
  });

  it('useInteraction follows one interaction, and follows a changed id', async () => {
    const t = start();
    const a = t.workspace.simulateInboundCall({ ani: '111' });
    const b = t.workspace.simulateInboundCall({ ani: '222' });
    const { result, rerender } = renderHook(
      ({ id }: { id: string | undefined }) => ({
        one: useInteraction(id),
        state: useInteraction(id, (s) => s.interaction?.state),
      }),
      { wrapper: t.wrapper, initialProps: { id: a as string | undefined } },
    );
    await waitFor(() => expect(result.current.one.interaction?.ani).toBe('111'));
    expect(result.current.state).toBe('RINGING');
    await act(() => t.client.voice.answer(a));
    await waitFor(() => expect(result.current.state).toBe('TALKING'));
    rerender({ id: b });
    await waitFor(() => expect(result.current.one.interaction?.ani).toBe('222'));
    rerender({ id: undefined });
    expect(result.current.one).toEqual({ status: 'ready', interaction: undefined });
  });

  it('useConnection and useCan follow the answer of Workspace', async () => {
    const t = start({
      options: {
        'service-client-api.accepted-web-content-origins': 'http://localhost (agent.*, system.*)',
      },
    });
    const { result } = renderHook(
      () => ({ c: useConnection(), dial: useCan('voice.dial'), get: useCan('agent.get') }),
      {
        wrapper: t.wrapper,
      },
    );
    await waitFor(() => expect(result.current.c.status).toBe('connected'));
    await waitFor(() => expect(result.current.get).toBe(true));
    expect(result.current.dial).toBe(false);
  });

  it('useSelectedCase follows the selected case', async () => {
    const t = start();
    const id = t.workspace.simulateInboundCall();
    const { result } = renderHook(() => useSelectedCase(), { wrapper: t.wrapper });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const caseId = t.workspace.getSnapshot().interactions.find((i) => i.interactionId === id)
      ?.caseId as string;
    expect(caseId).toBeTruthy();
    act(() => t.workspace.selectCase(caseId));
    await waitFor(() => expect(result.current.caseId).toBe(caseId));
  });

  it('useWorkspaceEvent calls the latest handler without re-subscribing', async () => {
    const t = start();
    const first = vi.fn();
    const second = vi.fn();
    const on = vi.spyOn(t.client, 'on');
    const { rerender, unmount } = renderHook(
      ({ handler }) => useWorkspaceEvent('interaction', handler),
      { wrapper: t.wrapper, initialProps: { handler: first } },
    );
    const subscribedOnMount = on.mock.calls.length;
    rerender({ handler: second });
    expect(on.mock.calls.length).toBe(subscribedOnMount);
    await waitFor(() => expect(t.host.stats().subscriptions).toBe(1));
    act(() => {
      t.workspace.simulateInboundCall();
    });
    await waitFor(() => expect(second).toHaveBeenCalled());
    expect(first).not.toHaveBeenCalled();
    expect(second.mock.calls[0]?.[0]).toMatchObject({ eventType: 'ADDED' });
    unmount();
    expect(t.client.stats().handlers).toBe(0);
  });

  it('useWorkspaceStore returns the snapshot, or a selection that keeps its identity while equal', async () => {
    const t = start();
    const ids = (s: InteractionsSnapshot) => s.interactions.map((i) => i.interactionId);
    const { result, rerender } = renderHook(
      ({ n }: { n: number }) => {
        const { interactions, agent } = useLiveStores();
        return {
          n,
          all: useWorkspaceStore(interactions),
          // inline selectors (a new function every render) returning a new array every time
          ids: useWorkspaceStore(interactions, (s) => ids(s)),
          byRef: useWorkspaceStore(interactions, (s) => ids(s), { equal: Object.is }),
          agentStatus: useWorkspaceStore(agent, (s) => s.status),
        };
      },
      { wrapper: t.wrapper, initialProps: { n: 0 } },
    );
    await waitFor(() => expect(result.current.all.status).toBe('ready'));
    const first = result.current;
    rerender({ n: 1 });
    expect(result.current.n).toBe(1);
    expect(result.current.all).toBe(first.all); // same store snapshot
    expect(result.current.ids).toBe(first.ids); // shallowEqual by default: identity kept
    expect(result.current.byRef).not.toBe(first.byRef); // Object.is: a new array is a change
    expect(result.current.byRef).toEqual(first.byRef);
    let id = '';
    act(() => {
      id = t.workspace.simulateInboundCall();
    });
    await waitFor(() => expect(result.current.ids).toEqual([id]));
    const afterCall = result.current.ids;
    act(() => t.workspace.setAgentState('NotReadyBreak')); // not an interaction change
    await act(() => t.client.agent.getState());
    expect(result.current.ids).toBe(afterCall);
  });

  it('useWorkspaceAction: status, latest call wins, stable run and reset', async () => {
    const t = start();
    const calls: { resolve: (v: string) => void; reject: (e: unknown) => void }[] = [];
    const fn = () =>
      new Promise<string>((resolve, reject) => {
        calls.push({ resolve, reject });
      });
    const { result, rerender, unmount } = renderHook(({ f }) => useWorkspaceAction(f), {
      wrapper: t.wrapper,
      initialProps: { f: fn },
    });
    const { run, reset } = result.current;
    expect(result.current).toMatchObject({ status: 'idle', pending: false, data: undefined });
    let first!: Promise<string | undefined>;
    let second!: Promise<string | undefined>;
    act(() => {
      first = result.current.run();
      second = result.current.run();
    });
    expect(result.current).toMatchObject({ status: 'pending', pending: true });
    await act(async () => {
      calls[1]!.resolve('second');
      await second;
      calls[0]!.resolve('first');
      await first;
    });
    expect(result.current).toMatchObject({ status: 'success', pending: false, data: 'second' });
    rerender({ f: () => Promise.reject(new Error('newest fn')) }); // the latest fn is called
    expect(result.current.run).toBe(run);
    expect(result.current.reset).toBe(reset);
    await act(() => result.current.run());
    expect(result.current).toMatchObject({ status: 'error', data: undefined });
    expect((result.current.error as Error).message).toBe('newest fn');
    act(() => result.current.reset());
    expect(result.current).toMatchObject({ status: 'idle', error: undefined });
    rerender({ f: fn });
    let late!: Promise<string | undefined>;
    act(() => {
      late = result.current.run();
    });
    unmount();
    calls[2]!.resolve('after unmount'); // nothing to update, nothing thrown
    await expect(late).resolves.toBe('after unmount');
  });

  it('useWorkspaceAction exposes pending, data and the typed error', async () => {
    const t = start({ options: { 'service-client-api.user-data.write-allowed': 'Key1' } });
    const id = t.workspace.simulateInboundCall();
    const { result } = renderHook(
      () =>
        useWorkspaceAction((kv: Record<string, string>) =>
          t.client.interaction.setUserData(id, kv),
        ),
      { wrapper: t.wrapper },
    );
    expect(result.current.pending).toBe(false);
    let run!: Promise<unknown>;
    act(() => {
      run = result.current.run({ Key1: 'ok' });
    });
    expect(result.current.pending).toBe(true);
    await act(() => run);
    expect(result.current).toMatchObject({ pending: false, error: undefined });
    await act(() => result.current.run({ Secret: 'no' }));
    expect(result.current.pending).toBe(false);
    expect(isWorkspaceError(result.current.error, 'HOST_ERROR')).toBe(true);
    const toast = renderHook(() => useWorkspaceAction(() => t.client.system.popupToast({})), {
      wrapper: t.wrapper,
    });
    await act(() => toast.result.current.run());
    expect(toast.result.current.data).toMatch(/^wweCustomToast/);
  });
});
