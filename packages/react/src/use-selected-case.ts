'use client';
import type { CaseSelectionSnapshot } from '@wwe-kit/core';
import { useStoreSelection } from './use-store';
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
  return useStoreSelection(useWorkspaceStores().caseSelection);
}
