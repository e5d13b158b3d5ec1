import type { WorkspaceClient } from '../client';
import type { AgentEvent } from '../events';
import type { WorkspaceError } from '../errors';
import type { Agent, State } from '../types';
import { createLiveSource, createLiveStore, type LiveStore } from './live';

/**
 * The agent store's snapshot: who the agent is, their current state and the states they may choose.
 *
 * @example
 * const { status, agent, state, stateList } = stores.agent.get();
 * if (status === 'ready') console.log(agent.username, state.displayName, stateList.length);
 */
export type AgentSnapshot =
  | {
      status: 'loading';
      agent: undefined;
      state: undefined;
      stateList: readonly State[];
      error?: undefined;
    }
  | { status: 'ready'; agent: Agent; state: State; stateList: readonly State[]; error?: undefined }
  | {
      status: 'error';
      agent: Agent | undefined;
      state: State | undefined;
      stateList: readonly State[];
      error: WorkspaceError;
    };

const EMPTY: readonly State[] = Object.freeze([]);
/** The snapshot of every store before its first fetch (and on a server). */
export const LOADING_AGENT: AgentSnapshot = Object.freeze({
  status: 'loading',
  agent: undefined,
  state: undefined,
  stateList: EMPTY,
});

/**
 * The agent's identity, current state and state list, fetched with `agent.get`, `agent.getState`
 * and `agent.getStateList` and kept current by `agent` `STATE_CHANGED` events.
 *
 * @example
 * const agent = createAgentStore(client);
 * agent.subscribe(({ state }) => render(state?.displayName));
 */
export function createAgentStore(client: WorkspaceClient): LiveStore<AgentSnapshot> {
  let snap: AgentSnapshot = LOADING_AGENT;
  const set = (next: AgentSnapshot) => {
    snap = next;
    handle.notify();
  };
  const source = createLiveSource<[Agent, State, State[]]>(client, {
    topics: ['agent'],
    fetch: () =>
      Promise.all([client.agent.get(), client.agent.getState(), client.agent.getStateList()]),
    commit: ([agent, state, stateList]) =>
      set({
        status: 'ready',
        agent,
        state,
        stateList: Array.isArray(stateList) ? stateList : EMPTY,
      }),
    // Events apply only after a committed fetch: `snap` is ready.
    apply(_topic, data) {
      const e = data as AgentEvent | undefined;
      if (e?.eventType !== 'STATE_CHANGED' || typeof e.mediaState !== 'string') return;
      const ready = snap as Extract<AgentSnapshot, { status: 'ready' }>;
      const state = stateFromEvent(ready.stateList, ready.state, e as Record<string, unknown>);
      if (state !== ready.state) set({ ...ready, state });
    },
    fail: (error) =>
      set({ ...snap, status: 'error', error: error as WorkspaceError } as AgentSnapshot),
  });
  const handle = createLiveStore(() => snap, source);
  return handle.store;
}

/**
 * The `State` an agent `STATE_CHANGED` event describes: the matching entry of the state list
 * (same state and reason code) when there is one, the current state when nothing changed, else a
 * state built from the event.
 */
function stateFromEvent(list: readonly State[], current: State, e: Record<string, unknown>): State {
  const mediaState = e.mediaState as string;
  const reasonCode = typeof e.reasonCode === 'string' ? e.reasonCode : undefined;
  const reason = typeof e.reason === 'string' ? e.reason : undefined;
  const same = (s: State) =>
    s.state === mediaState &&
    (s.reasonCode ?? undefined) === reasonCode &&
    (reason === undefined || (s.reason ?? reason) === reason);
  if (same(current)) return current;
  const given = e.state as State | undefined;
  if (typeof given?.operationName === 'string')
    return list.find((s) => s.operationName === given.operationName) ?? given;
  return (
    list.find(same) ?? {
      operationName: current.operationName,
      displayName: reason ?? mediaState,
      state: mediaState,
      ...(reason !== undefined && { reason }),
      ...(reasonCode !== undefined && { reasonCode }),
    }
  );
}
