'use client';
import type { CaseSelectionSnapshot, WorkspaceClient } from '@wwe-kit/core';
import { useWorkspaceStore } from './use-workspace-store';
import { useLiveStores } from './use-stores';

/**
 * The case selected in Workspace: `{ status, caseId, expanded }`.
 *
 * @example
 * function CasePanel() {
 *   const { caseId, expanded } = useSelectedCase();
 *   return caseId ? <p>Case {caseId} {expanded ? '(expanded)' : ''}</p> : <p>No case selected</p>;
 * }
 */
export function useSelectedCase(client?: WorkspaceClient): CaseSelectionSnapshot {
  return useWorkspaceStore(useLiveStores(client).caseSelection);
}
