'use client';
import { useMemo, useRef, useSyncExternalStore } from 'react';
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

const NONE = Symbol('none');

/**
 * Reads a `@wwe-kit/core` store, or a selection of it, with `useSyncExternalStore`: the component
 * subscribes to `store` itself and re-renders only when the selection changes. The selector runs
 * at most once per store snapshot (and again when it changes identity); a new selection that
 * `equal` (default `shallowEqual`, as the core's `select()`) finds equal to the previous one is
 * replaced by the previous one, so its identity is kept across renders, even with an inline
 * selector. On a server, the snapshot is `store.get()`: the loading snapshot.
 *
 * @example
 * function Header() {
 *   const { agent, interactions } = useWorkspaceStores();
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
  const equal = options?.equal ?? shallowEqual;
  // The last selection this component computed: a new selector (an inline one changes every
  // render) compares against it, so an equal selection keeps its identity.
  const last = useRef<S | typeof NONE>(NONE);
  const getSnapshot = useMemo((): (() => T | S) => {
    if (!selector) return store.get;
    let source: T | typeof NONE = NONE;
    let value: S;
    return () => {
      const snapshot = store.get();
      if (snapshot !== source) {
        const next = selector(snapshot);
        const previous = last.current;
        last.current = value = previous !== NONE && equal(previous, next) ? previous : next;
        source = snapshot;
      }
      return value;
    };
  }, [store, selector, equal]);
  return useSyncExternalStore(store.subscribe, getSnapshot, getSnapshot);
}
