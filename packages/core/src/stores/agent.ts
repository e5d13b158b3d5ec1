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
 * and `agent.getStateList` and kept current by `agent` `STATE_CHANGED` events. An event whose
 * state matches no entry of the state list gives a state built from the event alone (its
 * `operationName` is `''` until the store's new snapshot, fetched at once, says it); any other
 * `agent` event, or one without `mediaState`, makes the store fetch its snapshot again.
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
    name: 'agent',
    topics: ['agent'],
    requests: ['agent.get', 'agent.getState', 'agent.getStateList'],
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
      if (typeof data !== 'object' || data === null) return 'not an object';
      const e = data as AgentEvent;
      if (e.eventType !== 'STATE_CHANGED') return 'not STATE_CHANGED';
      if (typeof e.mediaState !== 'string') return 'no mediaState';
      const ready = snap as Extract<AgentSnapshot, { status: 'ready' }>;
      const [state, listed] = stateFromEvent(ready.stateList, ready.state, e);
      if (state !== ready.state) set({ ...ready, state });
      if (!listed) return 'not in the state list';
    },
    fail: (error) =>
      set({ ...snap, status: 'error', error: error as WorkspaceError } as AgentSnapshot),
  });
  const handle = createLiveStore(() => snap, source);
  return handle.store;
}

/**
 * The `State` an agent `STATE_CHANGED` event describes, and whether it is a known one: the current
 * state when nothing changed, else the matching entry of the state list (same state and reason
 * code). Else a state built from the event alone, with no field of the previous state (its
 * `operationName` is `''`: the event does not say it), and the store fetches its snapshot again.
 */
function stateFromEvent(
  list: readonly State[],
  current: State,
  e: AgentEvent & Record<string, unknown>,
): [State, boolean] {
  const mediaState = e.mediaState as string;
  const reasonCode = typeof e.reasonCode === 'string' ? e.reasonCode : undefined;
  const reason = typeof e.reason === 'string' ? e.reason : undefined;
  const same = (s: State) =>
    s.state === mediaState &&
    (s.reasonCode ?? undefined) === reasonCode &&
    (reason === undefined || (s.reason ?? reason) === reason);
  if (same(current)) return [current, true];
  // Not documented (inferred from older simulators): an event carrying the whole new state.
  const given = e.state as State | undefined;
  if (
    typeof given?.operationName === 'string' &&
    (given.state === undefined || given.state === mediaState)
  ) {
    const entry = list.find((s) => s.operationName === given.operationName);
    return [entry ?? given, entry !== undefined];
  }
  const entry = list.find(same);
  if (entry) return [entry, true];
  return [
    {
      operationName: '',
      displayName: reason ?? mediaState,
      state: mediaState,
      ...(reason !== undefined && { reason }),
      ...(reasonCode !== undefined && { reasonCode }),
    },
    false,
  ];
}
