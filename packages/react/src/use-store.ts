'use client';
import { useMemo, useSyncExternalStore } from 'react';
import { select, shallowEqual, type ReadableStore } from '@wwe-kit/core';

/**
 * Reads a `@wwe-kit/core` store (or a slice of it) with `useSyncExternalStore`. The component
 * subscribes to `store` itself (one stable subscription, whatever the selector) and re-renders
 * only when the selection changes: `select()` from the core memoizes it per source snapshot and
 * keeps the previous value while `equals` (default {@link shallowEqual}) says it is the same. On a
 * server, the snapshot is `store.get()`: the loading snapshot.
 *
 * For a stable selection identity, pass a selector defined outside the component or memoized with
 * `useCallback`; an inline selector still works.
 *
 * @example
 * const stores = workspaceStores(useWorkspaceClient());
 * const reason = useStoreSelection(stores.agent, (s) => s.state?.reason);
 */
export function useStoreSelection<T, U = T>(
  store: ReadableStore<T>,
  selector?: (value: T) => U,
  equals: (a: U, b: U) => boolean = shallowEqual,
): U {
  const selected = useMemo(
    () => (selector ? select(store, selector, equals) : (store as unknown as ReadableStore<U>)),
    [store, selector, equals],
  );
  return useSyncExternalStore(store.subscribe, selected.get, selected.get);
}
