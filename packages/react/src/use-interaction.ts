'use client';
import type { InteractionSnapshot, WorkspaceClient } from '@wwe-kit/core';
import { useWorkspaceStore } from './use-workspace-store';
import { useLiveStores } from './use-stores';

/**
 * One interaction (`{ status, interaction }`), or a selection of it. The component is notified
 * only when *this* interaction changes. With no id (`undefined` / `null`) it subscribes to nothing
 * and returns `{ status: 'ready', interaction: undefined }`.
 *
 * @example
 * function CallCard({ id }: { id: string }) {
 *   const { interaction } = useInteraction(id);
 *   const state = useInteraction(id, (s) => s.interaction?.state);
 *   return <p>{interaction?.ani} — {state}</p>;
 * }
 */
export function useInteraction(
  id: string | null | undefined,
  client?: WorkspaceClient,
): InteractionSnapshot;
export function useInteraction<U>(
  id: string | null | undefined,
  selector: (snapshot: InteractionSnapshot) => U,
  client?: WorkspaceClient,
): U;
export function useInteraction<U>(
  id: string | null | undefined,
  selectorOrClient?: ((snapshot: InteractionSnapshot) => U) | WorkspaceClient,
  client?: WorkspaceClient,
): U | InteractionSnapshot {
  const [selector, c] =
    typeof selectorOrClient === 'function'
      ? [selectorOrClient, client]
      : [undefined, selectorOrClient];
  const stores = useLiveStores(c);
  return useWorkspaceStore(stores.interaction(id), selector);
}
