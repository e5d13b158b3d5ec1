import { workspaceStores, type WorkspaceClient, type WorkspaceStores } from '@wwe-kit/core';
import { useWorkspaceClient } from './context';

/**
 * The live stores of the client (`workspaceStores(client)`: one set per client), to read with
 * {@link useWorkspaceStore} or to call `refresh()` on.
 *
 * @example
 * const { agent } = useWorkspaceStores();
 * const reason = useWorkspaceStore(agent, (s) => s.state?.reason);
 * const retry = () => agent.refresh();
 */
export function useWorkspaceStores(client?: WorkspaceClient): WorkspaceStores {
  return workspaceStores(useWorkspaceClient(client));
}
