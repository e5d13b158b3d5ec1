import { select, type ReadableStore } from '@wwe-kit/core';
import { getCurrentScope, onScopeDispose, shallowRef, type ShallowRef } from 'vue';
import { devWarn } from './dev';

/**
 * A readonly shallow ref that follows a store: it holds the store's own snapshot (no deep
 * reactive copy) and triggers only when the store hands out a new snapshot. With `selector`, it
 * follows a slice, triggering only when `equals` says the slice changed. Unsubscribes when the
 * current effect scope is disposed.
 *
 * @example
 * const state = useStore(workspaceStores(client).agent, (s) => s.state?.displayName);
 * watch(state, (name) => console.log('now', name));
 */
export function useStore<T>(store: ReadableStore<T>): Readonly<ShallowRef<T>>;
export function useStore<T, U>(
  store: ReadableStore<T>,
  selector: (value: T) => U,
  equals?: (a: U, b: U) => boolean,
): Readonly<ShallowRef<U>>;
export function useStore<T, U>(
  store: ReadableStore<T>,
  selector?: (value: T) => U,
  equals?: (a: U, b: U) => boolean,
): Readonly<ShallowRef<T | U>> {
  const source: ReadableStore<T | U> = selector ? select(store, selector, equals) : store;
  const value = shallowRef<T | U>(source.get());
  const off = source.subscribe((v) => (value.value = v));
  // A change between get() and subscribe() would otherwise be missed.
  value.value = source.get();
  disposeWithScope(off, 'useStore');
  return value;
}

/**
 * Runs `cleanup` when the current effect scope is disposed; outside any scope, warns in
 * development (the subscription then lives until `cleanup` is called by hand).
 */
export function disposeWithScope(cleanup: () => void, name: string): void {
  if (getCurrentScope()) onScopeDispose(cleanup);
  else
    devWarn(
      `${name}() was called outside an effect scope (component setup or effectScope().run()): ` +
        'its subscription is never removed.',
    );
}
