'use client';
import { useState, useSyncExternalStore } from 'react';
import { useSyncExternalStoreWithSelector } from 'use-sync-external-store/with-selector';
import { shallowEqual, type ReadableStore } from '@wwe-kit/core';

/**
 * Options of {@link useWorkspaceStore}.
 *
 * @example
 * const state = useWorkspaceStore(stores.agent, (s) => s.state, { equal: Object.is });
 */
export interface WorkspaceStoreOptions<S> {
  /**
   * When a new selection counts as unchanged (the component then keeps the previous one and does
   * not re-render). Default: `shallowEqual`, as the core's `select()`.
   */
  equal?: (a: S, b: S) => boolean;
}

const identity = <T>(value: T) => value;

/**
 * Reads a `@wwe-kit/core` store, or a selection of it, with `useSyncExternalStoreWithSelector`
 * (React's `use-sync-external-store`): the component subscribes to `store` itself and re-renders
 * only when the selection changes. The selector runs
 * at most once per store snapshot (and again when it changes identity); a new selection that
 * `equal` (default `shallowEqual`, as the core's `select()`) finds equal to the previous one is
 * replaced by the previous one, so its identity is kept across renders, even with an inline
 * selector. On a server, the snapshot is `store.get()`: the loading snapshot.
 *
 * @example
 * function Header() {
 *   const { agent, interactions } = useLiveStores();
 *   const reason = useWorkspaceStore(agent, (s) => s.state?.reason);
 *   // A new array only when the ringing interactions change:
 *   const ringing = useWorkspaceStore(interactions, (s) =>
 *     s.interactions.filter((i) => i.state === 'RINGING'),
 *   );
 *   return <p>{reason ?? '—'} ({ringing.length} ringing)</p>;
 * }
 */
export function useWorkspaceStore<T>(store: ReadableStore<T>): T;
export function useWorkspaceStore<T, S>(
  store: ReadableStore<T>,
  selector: (value: T) => S,
  options?: WorkspaceStoreOptions<S>,
): S;
export function useWorkspaceStore<T, S>(
  store: ReadableStore<T>,
  selector?: (value: T) => S,
  options?: WorkspaceStoreOptions<S>,
): T | S;
export function useWorkspaceStore<T, S>(
  store: ReadableStore<T>,
  selector?: (value: T) => S,
  options?: WorkspaceStoreOptions<S>,
): T | S {
  // Decided once per component: a call site that starts without a selector reads the store
  // itself with useSyncExternalStore (no selector machinery, no effect per change); one that
  // starts with a selector goes through React's own selector hook (as TanStack's react-store):
  // the selector runs once per store snapshot (and again when it changes identity), and a
  // selection `equal` to the previous one is replaced by it, so its identity is kept across
  // renders, even with an inline selector. (Hooks stay in the same order whatever is passed.)
  const [selecting] = useState(selector !== undefined);
  if (!selecting) return useSyncExternalStore(store.subscribe, store.get, store.get);
  return useSyncExternalStoreWithSelector<T, T | S>(
    store.subscribe,
    store.get,
    store.get,
    selector ?? identity,
    selector ? ((options?.equal ?? shallowEqual) as (a: T | S, b: T | S) => boolean) : undefined,
  );
}
