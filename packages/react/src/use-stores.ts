'use client';
import { workspaceStores, type WorkspaceStores } from '@wwe-kit/core';
import { useWorkspaceClient } from './context';

/**
 * The live stores of the provider's client (`workspaceStores(client)`: one set per client).
 *
 * @example
 * const { agent } = useWorkspaceStores();
 * const refresh = () => agent.refresh();
 */
export function useWorkspaceStores(): WorkspaceStores {
  return workspaceStores(useWorkspaceClient());
}
