import {
  workspaceStores,
  type AgentSnapshot,
  type State,
  type WorkspaceClient,
} from '@wwe-kit/core';
import type { ShallowRef } from 'vue';
import { useWorkspaceClient } from './context';
import { useStore } from './use-store';

/**
 * The agent store's snapshot (`status`, `agent`, `state`, `stateList`) as a readonly shallow ref.
 *
 * @example
 * const agent = useAgent();
 * // template: {{ agent.status === 'ready' ? agent.agent.username : 'loading…' }}
 */
export function useAgent(client?: WorkspaceClient): Readonly<ShallowRef<AgentSnapshot>> {
  return useStore(workspaceStores(useWorkspaceClient(client)).agent);
}

/**
 * The agent's current state (`undefined` while loading), or a slice of the agent snapshot chosen
 * by `selector` (compared with `equals`, `Object.is` by default): the ref triggers only when that
 * slice changes.
 *
 * @example
 * const state = useAgentState();
 * const reasons = useAgentState((s) => s.stateList.filter((x) => x.reason));
 * await useWorkspaceClient().agent.setState('NotReadyBreak');
 */
export function useAgentState(client?: WorkspaceClient): Readonly<ShallowRef<State | undefined>>;
export function useAgentState<U>(
  selector: (snapshot: AgentSnapshot) => U,
  equals?: (a: U, b: U) => boolean,
  client?: WorkspaceClient,
): Readonly<ShallowRef<U>>;
export function useAgentState<U>(
  selectorOrClient?: ((snapshot: AgentSnapshot) => U) | WorkspaceClient,
  equals?: (a: U, b: U) => boolean,
  client?: WorkspaceClient,
): Readonly<ShallowRef<U | State | undefined>> {
  if (typeof selectorOrClient === 'function')
    return useStore(workspaceStores(useWorkspaceClient(client)).agent, selectorOrClient, equals);
  return useStore(workspaceStores(useWorkspaceClient(selectorOrClient)).agent, (s) => s.state);
}
