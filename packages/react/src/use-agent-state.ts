'use client';
import type { AgentSnapshot, State, WorkspaceClient } from '@wwe-kit/core';
import { useWorkspaceStore } from './use-workspace-store';
import { useLiveStores } from './use-stores';

const currentState = (s: AgentSnapshot) => s.state;

/**
 * The agent's current state (`undefined` while loading), or a selection of the agent snapshot:
 * the component re-renders only when that selection changes.
 *
 * @example
 * function StateBadge() {
 *   const state = useAgentState();
 *   const isReady = useAgentState((s) => s.state?.state === 'READY');
 *   return <span className={isReady ? 'ok' : 'away'}>{state?.displayName ?? '…'}</span>;
 * }
 */
export function useAgentState(client?: WorkspaceClient): State | undefined;
export function useAgentState<U>(
  selector: (snapshot: AgentSnapshot) => U,
  client?: WorkspaceClient,
): U;
export function useAgentState<U>(
  selectorOrClient?: ((snapshot: AgentSnapshot) => U) | WorkspaceClient,
  client?: WorkspaceClient,
): U | State | undefined {
  const [selector, c] =
    typeof selectorOrClient === 'function'
      ? [selectorOrClient, client]
      : [currentState, selectorOrClient];
  return useWorkspaceStore<AgentSnapshot, U | State | undefined>(useLiveStores(c).agent, selector);
}
