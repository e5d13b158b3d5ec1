'use client';
import type { CaseSelectionSnapshot } from '@wwe-kit/core';
import { useWorkspaceStore } from './use-workspace-store';
import { useWorkspaceStores } from './use-stores';

/**
 * The case selected in Workspace: `{ status, caseId, expanded }`.
 *
 * @example
 * function CasePanel() {
 *   const { caseId, expanded } = useSelectedCase();
 *   return caseId ? <p>Case {caseId} {expanded ? '(expanded)' : ''}</p> : <p>No case selected</p>;
 * }
 */
export function useSelectedCase(): CaseSelectionSnapshot {
  return useWorkspaceStore(useWorkspaceStores().caseSelection);
}
