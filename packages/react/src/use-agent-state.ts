'use client';
import type { AgentSnapshot, State } from '@wwe-kit/core';
import { useWorkspaceStore } from './use-workspace-store';
import { useWorkspaceStores } from './use-stores';

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
export function useAgentState(): State | undefined;
export function useAgentState<U>(selector: (snapshot: AgentSnapshot) => U): U;
export function useAgentState<U>(selector?: (snapshot: AgentSnapshot) => U): U | State | undefined {
  return useWorkspaceStore<AgentSnapshot, U | State | undefined>(
    useWorkspaceStores().agent,
    selector ?? currentState,
  );
}
