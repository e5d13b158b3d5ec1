import type { InteractionsSnapshot, WorkspaceClient } from '@wwe-kit/core';
import type { ShallowRef } from 'vue';
import { useWorkspaceStore } from './use-workspace-store';
import { useLiveStores } from './use-workspace-stores';

/**
 * The interactions store's snapshot (`status`, `interactions`) as a readonly shallow ref, or a
 * slice of it chosen by `selector` (compared with `shallowEqual`).
 *
 * @example
 * const list = useInteractions();
 * const voiceCount = useInteractions((s) => s.interactions.filter((i) => i.media === 'voice').length);
 */
export function useInteractions(
  client?: WorkspaceClient,
): Readonly<ShallowRef<InteractionsSnapshot>>;
export function useInteractions<U>(
  selector: (snapshot: InteractionsSnapshot) => U,
  client?: WorkspaceClient,
): Readonly<ShallowRef<U>>;
export function useInteractions<U>(
  selectorOrClient?: ((snapshot: InteractionsSnapshot) => U) | WorkspaceClient,
  client?: WorkspaceClient,
): Readonly<ShallowRef<U | InteractionsSnapshot>> {
  if (typeof selectorOrClient === 'function')
    return useWorkspaceStore(useLiveStores(client).interactions, selectorOrClient);
  return useWorkspaceStore(useLiveStores(selectorOrClient).interactions);
}
