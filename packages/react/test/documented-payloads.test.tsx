// The documented-payloads suite (React): every event payload Genesys documents, exactly as printed,
// through a host to the convenience hooks, in plain and StrictMode trees.
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { StrictMode, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  documented,
  documentedWorkspace,
  payloadsExpecting,
  settle,
  type DocumentedPayload,
} from '../../core/test/documented-host';
import {
  WorkspaceProvider,
  useAgentState,
  useInteraction,
  useSelectedCase,
  useWorkspaceEvent,
  type EventMap,
} from '../src/index';
import { MODES } from './setup';

const open: { client: { dispose(): void } }[] = [];
afterEach(() => {
  cleanup();
  for (const w of open.splice(0)) w.client.dispose();
});

const cases = (list: DocumentedPayload[]) => list.map((p) => [p.id, p] as const);

describe.each(MODES)('documented payloads ($mode)', ({ strict }) => {
  const start = (p: DocumentedPayload) => {
    const w = documentedWorkspace(p);
    open.push(w);
    const wrapper = ({ children }: { children: ReactNode }) => {
      const tree = <WorkspaceProvider client={w.client}>{children}</WorkspaceProvider>;
      return strict ? <StrictMode>{tree}</StrictMode> : tree;
    };
    return { ...w, wrapper };
  };
  /** The event happens; the hooks settle. */
  const happen = async (w: { emit(): void }) => {
    await act(async () => {
      w.emit();
      await settle();
    });
  };

  it.each(cases(payloadsExpecting('caseSelection')))(
    '%s: useSelectedCase follows selectedCaseId',
    async (_id, p) => {
      const w = start(p);
      const { result } = renderHook(() => useSelectedCase(), { wrapper: w.wrapper });
      await waitFor(() => expect(result.current.status).toBe('ready'));
      await happen(w);
      expect(result.current).toEqual({ status: 'ready', ...p.expect.caseSelection });
    },
  );

  it.each(cases(payloadsExpecting('agentState')))(
    '%s: useAgentState shows the documented state, never the previous operationName',
    async (_id, p) => {
      const w = start(p);
      const seen: unknown[] = [];
      const { result } = renderHook(
        () => {
          const state = useAgentState();
          seen.push(state);
          return state;
        },
        { wrapper: w.wrapper },
      );
      await waitFor(() => expect(result.current).toEqual(p.before!.agentState));
      seen.length = 0;
      await happen(w);
      expect(result.current).toEqual(p.expect.agentState);
      const previous = p.before!.agentState!;
      for (const s of seen as { state?: string; operationName?: string }[])
        if (s.state !== previous.state) expect(s.operationName).not.toBe(previous.operationName);
    },
  );

  it.each(cases(payloadsExpecting('interaction')))(
    '%s: useInteraction holds the event’s copy',
    async (_id, p) => {
      const w = start(p);
      const id = p.expect.interaction!.interactionId;
      const { result } = renderHook(() => useInteraction(id), { wrapper: w.wrapper });
      await waitFor(() => expect(result.current.status).toBe('ready'));
      await happen(w);
      expect(result.current.interaction).toEqual(p.expect.interaction);
    },
  );

  it.each(cases(documented.payloads))(
    '%s: useWorkspaceEvent receives it untouched',
    async (_id, p) => {
      const w = start(p);
      const seen: unknown[] = [];
      renderHook(() => useWorkspaceEvent(p.message.event as keyof EventMap, (e) => seen.push(e)), {
        wrapper: w.wrapper,
      });
      await act(() => settle());
      await happen(w);
      expect(seen).toEqual([p.message.data]);
    },
  );
});
