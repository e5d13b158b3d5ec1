import { workspaceStores, type InteractionSnapshot, type WorkspaceClient } from '@wwe-kit/core';
import { shallowRef, toValue, watch, type MaybeRefOrGetter, type ShallowRef } from 'vue';
import { useWorkspaceClient } from './context';
import { disposeWithScope } from './use-store';

/** The snapshot of `useInteraction` while no id is given. */
const NO_INTERACTION: InteractionSnapshot = Object.freeze({
  status: 'ready',
  interaction: undefined,
});

/**
 * One interaction's snapshot (`status`, `interaction`) as a readonly shallow ref. The ref only
 * triggers when that interaction changes. `id` may be a ref or getter: when it changes, the
 * composable unsubscribes from the old interaction and subscribes to the new one. While `id` is
 * `undefined` or empty, the snapshot is `{ status: 'ready', interaction: undefined }`.
 *
 * @example
 * const props = defineProps<{ id: string }>();
 * const snap = useInteraction(() => props.id);
 * // template: {{ snap.interaction?.state }}
 */
export function useInteraction(
  id: MaybeRefOrGetter<string | undefined>,
  client?: WorkspaceClient,
): Readonly<ShallowRef<InteractionSnapshot>> {
  const stores = workspaceStores(useWorkspaceClient(client));
  const value = shallowRef<InteractionSnapshot>(NO_INTERACTION);
  let off: (() => void) | undefined;
  const stop = watch(
    () => toValue(id),
    (next) => {
      off?.();
      off = undefined;
      if (!next) {
        value.value = NO_INTERACTION;
        return;
      }
      const store = stores.interaction(next);
      value.value = store.get();
      off = store.subscribe((s) => (value.value = s));
      value.value = store.get();
    },
    { immediate: true, flush: 'sync' },
  );
  disposeWithScope(() => {
    stop();
    off?.();
    off = undefined;
  }, 'useInteraction');
  return value;
}
