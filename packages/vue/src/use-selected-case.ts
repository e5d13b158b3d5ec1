import { workspaceStores, type CaseSelectionSnapshot, type WorkspaceClient } from '@wwe-kit/core';
import type { ShallowRef } from 'vue';
import { useWorkspaceClient } from './context';
import { useStore } from './use-store';

/**
 * The case selected in Workspace (`caseId`, `expanded`) as a readonly shallow ref.
 *
 * @example
 * const selected = useSelectedCase();
 * watch(() => selected.value.caseId, (id) => console.log('case', id));
 */
export function useSelectedCase(
  client?: WorkspaceClient,
): Readonly<ShallowRef<CaseSelectionSnapshot>> {
  return useStore(workspaceStores(useWorkspaceClient(client)).caseSelection);
}
