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
