'use client';
import type { AgentSnapshot, WorkspaceClient } from '@wwe-kit/core';
import { useWorkspaceStore } from './use-workspace-store';
import { useLiveStores } from './use-stores';

/**
 * The whole agent snapshot: `status`, `agent` (identity), `state` and `stateList`.
 *
 * @example
 * function Header() {
 *   const { status, agent } = useAgent();
 *   return <h1>{status === 'ready' ? agent.username : 'Connecting…'}</h1>;
 * }
 */
export function useAgent(client?: WorkspaceClient): AgentSnapshot {
  return useWorkspaceStore(useLiveStores(client).agent);
}
