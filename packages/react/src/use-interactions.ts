'use client';
import type { InteractionsSnapshot } from '@wwe-kit/core';
import { useWorkspaceStore } from './use-workspace-store';
import { useWorkspaceStores } from './use-stores';

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
export function useInteractions(): InteractionsSnapshot;
export function useInteractions<U>(selector: (snapshot: InteractionsSnapshot) => U): U;
export function useInteractions<U>(
  selector?: (snapshot: InteractionsSnapshot) => U,
): U | InteractionsSnapshot {
  return useWorkspaceStore<InteractionsSnapshot, U | InteractionsSnapshot>(
    useWorkspaceStores().interactions,
    selector,
  );
}
