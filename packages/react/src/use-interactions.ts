'use client';
import type { InteractionsSnapshot, WorkspaceClient } from '@wwe-kit/core';
import { useWorkspaceStore } from './use-workspace-store';
import { useLiveStores } from './use-stores';

/**
 * The live interactions (`{ status, interactions }`), or a selection of them: the component
 * re-renders only when the selection changes (compared with `shallowEqual`).
 *
 * @example
 * function Queue() {
 *   const { interactions } = useInteractions();
 *   const ringing = useInteractions((s) => s.interactions.filter((i) => i.state === 'RINGING').length);
 *   return <p>{interactions.length} live, {ringing} ringing</p>;
 * }
 */
export function useInteractions(client?: WorkspaceClient): InteractionsSnapshot;
export function useInteractions<U>(
  selector: (snapshot: InteractionsSnapshot) => U,
  client?: WorkspaceClient,
): U;
export function useInteractions<U>(
  selectorOrClient?: ((snapshot: InteractionsSnapshot) => U) | WorkspaceClient,
  client?: WorkspaceClient,
): U | InteractionsSnapshot {
  const [selector, c] =
    typeof selectorOrClient === 'function'
      ? [selectorOrClient, client]
      : [undefined, selectorOrClient];
  return useWorkspaceStore<InteractionsSnapshot, U | InteractionsSnapshot>(
    useLiveStores(c).interactions,
    selector,
  );
}
