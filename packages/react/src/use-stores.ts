'use client';
import { workspaceStores, type WorkspaceClient, type WorkspaceStores } from '@wwe-kit/core';
import { useWorkspaceClient } from './context';

/**
 * The live stores of the client (`workspaceStores(client)`: one set per client), to read with
 * {@link useWorkspaceStore} or to call `refresh()` on. `client` defaults to the provider's.
 *
 * @example
 * const { agent } = useLiveStores();
 * const reason = useWorkspaceStore(agent, (s) => s.state?.reason);
 * const refresh = () => agent.refresh();
 */
export function useLiveStores(client?: WorkspaceClient): WorkspaceStores {
  return workspaceStores(useWorkspaceClient(client));
}

/**
 * @deprecated Renamed {@link useLiveStores} (one letter away from `useWorkspaceStore`, which reads
 * one store); this alias goes in the next minor release.
 *
 * @example
 * const { agent } = useWorkspaceStores(); // now: useLiveStores()
 */
export const useWorkspaceStores: (client?: WorkspaceClient) => WorkspaceStores = useLiveStores;
