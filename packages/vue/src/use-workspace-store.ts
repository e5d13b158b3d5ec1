import { select, type ReadableStore } from '@wwe-kit/core';
import { getCurrentScope, onScopeDispose, shallowRef, type ShallowRef } from 'vue';
import { devWarn } from './dev';
import { isServerRender } from './server';

/**
 * A readonly shallow ref that follows a core store (`workspaceStores(client).agent`,
 * `client.connection`, an action…): it holds the store's own immutable snapshot (no deep reactive
 * copy) and triggers only when the store hands out a new one. With `selector`, it follows a slice,
 * triggering only when `options.equal` (default `shallowEqual`, as in every binding) says the slice
 * changed. Unsubscribes when the current effect scope is disposed. In a server render, it holds
 * the current snapshot and subscribes to nothing. (To follow a reactive interaction id, use
 * `useInteraction(() => props.id)`.)
 *
 * @example
 * const stores = useLiveStores();
 * const name = useWorkspaceStore(stores.agent, (s) => s.state?.displayName);
 * const ids = useWorkspaceStore(stores.interactions, (s) => s.interactions.map((i) => i.interactionId));
 * watch(name, (n) => console.log('now', n));
 */
export function useWorkspaceStore<T, U = T>(
  store: ReadableStore<T>,
  selector?: (value: T) => U,
  options?: { equal?: (a: U, b: U) => boolean },
): Readonly<ShallowRef<U>> {
  if (isServerRender()) return snapshotRef(store, selector, options?.equal);
  const [value, off] = follow(store, selector, options?.equal);
  disposeWithScope(off, 'useWorkspaceStore');
  return value;
}

/** A shallow ref of the store's (or selection's) current value, subscribed to nothing (server). */
export function snapshotRef<T, U>(
  store: ReadableStore<T>,
  selector: ((value: T) => U) | undefined,
  equal?: (a: U, b: U) => boolean,
): ShallowRef<U> {
  const source = selector ? select(store, selector, equal) : (store as unknown as ReadableStore<U>);
  return shallowRef(source.get()) as ShallowRef<U>;
}

/**
 * Subscribes a new shallow ref to `store` (or its selection); returns it and the unsubscribe.
 * `into` reuses an existing ref (when a composable moves to another store).
 */
export function follow<T, U>(
  store: ReadableStore<T>,
  selector: ((value: T) => U) | undefined,
  equal?: (a: U, b: U) => boolean,
  into: ShallowRef<U> = shallowRef() as ShallowRef<U>,
): [ShallowRef<U>, () => void] {
  const source = selector ? select(store, selector, equal) : (store as unknown as ReadableStore<U>);
  into.value = source.get();
  const off = source.subscribe((v) => (into.value = v));
  // A change between get() and subscribe() would otherwise be missed.
  into.value = source.get();
  return [into, off];
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
