'use client';
import type { AgentSnapshot } from '@wwe-kit/core';
import { useWorkspaceStore } from './use-workspace-store';
import { useWorkspaceStores } from './use-stores';

/**
 * The whole agent snapshot: `status`, `agent` (identity), `state` and `stateList`.
 *
 * @example
 * function Header() {
 *   const { status, agent } = useAgent();
 *   return <h1>{status === 'ready' ? agent.username : 'Connecting…'}</h1>;
 * }
 */
export function useAgent(): AgentSnapshot {
  return useWorkspaceStore(useWorkspaceStores().agent);
}
