import type { AgentSnapshot, State, WorkspaceClient } from '@wwe-kit/core';
import type { ShallowRef } from 'vue';
import { useWorkspaceStore } from './use-workspace-store';
import { useLiveStores } from './use-workspace-stores';

/**
 * The agent store's snapshot (`status`, `agent`, `state`, `stateList`) as a readonly shallow ref.
 *
 * @example
 * const agent = useAgent();
 * // template: {{ agent.status === 'ready' ? agent.agent.username : 'loading…' }}
 */
export function useAgent(client?: WorkspaceClient): Readonly<ShallowRef<AgentSnapshot>> {
  return useWorkspaceStore(useLiveStores(client).agent);
}

const currentState = (s: AgentSnapshot) => s.state;

/**
 * The agent's current state (`undefined` while loading), or a slice of the agent snapshot chosen
 * by `selector` (compared with `shallowEqual`): the ref triggers only when that slice changes.
 *
 * @example
 * const state = useAgentState();
 * const reasons = useAgentState((s) => s.stateList.filter((x) => x.reason));
 * await useWorkspaceClient().agent.setState('NotReadyBreak');
 */
export function useAgentState(client?: WorkspaceClient): Readonly<ShallowRef<State | undefined>>;
export function useAgentState<U>(
  selector: (snapshot: AgentSnapshot) => U,
  client?: WorkspaceClient,
): Readonly<ShallowRef<U>>;
export function useAgentState<U>(
  selectorOrClient?: ((snapshot: AgentSnapshot) => U) | WorkspaceClient,
  client?: WorkspaceClient,
): Readonly<ShallowRef<U | State | undefined>> {
  const [selector, c] =
    typeof selectorOrClient === 'function'
      ? [selectorOrClient, client]
      : [currentState, selectorOrClient];
  return useWorkspaceStore<AgentSnapshot, U | State | undefined>(useLiveStores(c).agent, selector);
}
