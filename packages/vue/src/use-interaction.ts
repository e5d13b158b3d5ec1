import type { InteractionSnapshot, WorkspaceClient } from '@wwe-kit/core';
import { shallowRef, toValue, watch, type MaybeRefOrGetter, type ShallowRef } from 'vue';
import { isServerRender } from './server';
import { disposeWithScope, follow, snapshotRef, useWorkspaceStore } from './use-workspace-store';
import { useLiveStores } from './use-workspace-stores';

/**
 * One interaction's snapshot (`status`, `interaction`), or a slice of it chosen by `selector`
 * (compared with `shallowEqual`), as a readonly shallow ref that triggers only when that
 * interaction changes. `id` may be a ref or getter: when it changes, the composable unsubscribes
 * from the old interaction and subscribes to the new one. While `id` is `undefined` or empty, the
 * snapshot is `{ status: 'ready', interaction: undefined }`.
 *
 * @example
 * const props = defineProps<{ id: string }>();
 * const snap = useInteraction(() => props.id);
 * const state = useInteraction(() => props.id, (s) => s.interaction?.state);
 * // template: {{ snap.interaction?.ani }} {{ state }}
 */
export function useInteraction(
  id: MaybeRefOrGetter<string | null | undefined>,
  client?: WorkspaceClient,
): Readonly<ShallowRef<InteractionSnapshot>>;
export function useInteraction<U>(
  id: MaybeRefOrGetter<string | null | undefined>,
  selector: (snapshot: InteractionSnapshot) => U,
  client?: WorkspaceClient,
): Readonly<ShallowRef<U>>;
export function useInteraction<U>(
  id: MaybeRefOrGetter<string | null | undefined>,
  selectorOrClient?: ((snapshot: InteractionSnapshot) => U) | WorkspaceClient,
  client?: WorkspaceClient,
): Readonly<ShallowRef<U | InteractionSnapshot>> {
  const [selector, c] =
    typeof selectorOrClient === 'function'
      ? [selectorOrClient, client]
      : [undefined, selectorOrClient];
  const stores = useLiveStores(c);
  if (typeof id === 'string' || id == null)
    return useWorkspaceStore(stores.interaction(id), selector);
  // Server render: the current id's snapshot, nothing watched or subscribed.
  if (isServerRender()) return snapshotRef(stores.interaction(toValue(id)), selector);
  // A ref or getter: move the subscription to each new id's store.
  const value = shallowRef() as ShallowRef<U | InteractionSnapshot>;
  let off: (() => void) | undefined;
  const stop = watch(
    () => toValue(id),
    (next) => {
      off?.();
      off = follow<InteractionSnapshot, U | InteractionSnapshot>(
        stores.interaction(next),
        selector,
        undefined,
        value,
      )[1];
    },
    { immediate: true, flush: 'sync' },
  );
  disposeWithScope(() => {
    stop();
    off?.();
  }, 'useInteraction');
  return value;
}
