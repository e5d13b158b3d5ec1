import { workspaceStores, type InteractionsSnapshot, type WorkspaceClient } from '@wwe-kit/core';
import type { ShallowRef } from 'vue';
import { useWorkspaceClient } from './context';
import { useStore } from './use-store';

/**
 * The interactions store's snapshot (`status`, `interactions`) as a readonly shallow ref, or a
 * slice of it chosen by `selector` (compared with `equals`, `Object.is` by default).
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
  equals?: (a: U, b: U) => boolean,
  client?: WorkspaceClient,
): Readonly<ShallowRef<U>>;
export function useInteractions<U>(
  selectorOrClient?: ((snapshot: InteractionsSnapshot) => U) | WorkspaceClient,
  equals?: (a: U, b: U) => boolean,
  client?: WorkspaceClient,
): Readonly<ShallowRef<U | InteractionsSnapshot>> {
  if (typeof selectorOrClient === 'function')
    return useStore(
      workspaceStores(useWorkspaceClient(client)).interactions,
      selectorOrClient,
      equals,
    );
  return useStore(workspaceStores(useWorkspaceClient(selectorOrClient)).interactions);
}
