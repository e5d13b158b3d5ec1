import type { CaseSelectionSnapshot, WorkspaceClient } from '@wwe-kit/core';
import type { ShallowRef } from 'vue';
import { useWorkspaceStore } from './use-workspace-store';
import { useLiveStores } from './use-workspace-stores';

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
  return useWorkspaceStore(useLiveStores(client).caseSelection);
}
