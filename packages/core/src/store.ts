import { has } from './protocol';

/**
 * The one readable-store contract of wwe-kit: every live store and every selection implements it,
 * and every framework binding is a small bridge from it.
 *
 * - `get()` returns an immutable snapshot that keeps its identity until something in it changes;
 * - `subscribe(listener)` calls `listener(snapshot)` after each change and returns its unsubscribe;
 * - `[Symbol.observable]()` makes `from(store)` work in RxJS (it emits the current snapshot first).
 *
 * @example
 * const stores = workspaceStores(client);
 * const off = stores.agent.subscribe((s) => console.log(s.status, s.state?.displayName));
 * const current = stores.agent.get();
 */
export interface ReadableStore<T> {
  get(): T;
  subscribe(listener: (value: T) => void): () => void;
  [Symbol.observable](): InteropObservable<T>;
}

/** The minimal Observable shape RxJS's `from()` and other libraries accept. */
export interface InteropObservable<T> {
  subscribe(observer: ((value: T) => void) | { next?: (value: T) => void }): {
    unsubscribe(): void;
  };
  [Symbol.observable](): InteropObservable<T>;
}

declare global {
  interface SymbolConstructor {
    readonly observable: symbol;
  }
}

/** `Symbol.observable` where a polyfill defined it, else RxJS's fallback key. */
const OBSERVABLE: symbol | string =
  (typeof Symbol === 'function' && (Symbol as { observable?: symbol }).observable) ||
  '@@observable';

/**
 * The `Symbol.observable` method of every store: uses the store's own `get` and `subscribe`,
 * so it stays correct on stores that override `subscribe`.
 */
function interop<T>(this: ReadableStore<T>): InteropObservable<T> {
  // eslint-disable-next-line @typescript-eslint/no-this-alias -- the store the method was called on
  const store = this;
  const observable: InteropObservable<T> = {
    subscribe(observer) {
      const next = typeof observer === 'function' ? observer : observer.next?.bind(observer);
      next?.(store.get());
      const off = store.subscribe((v) => next?.(v));
      return { unsubscribe: off };
    },
    [OBSERVABLE as typeof Symbol.observable]: () => observable,
  };
  return observable;
}

/** How many {@link batch} calls are running; notifications wait until the outermost ends. */
let batching = 0;
/** The notifications held by a batch: per listener set, the latest value (first-come order). */
const held = new Map<Iterable<{ l: (value: never) => void }>, unknown>();

/**
 * Runs `fn` and holds every store notification it causes until it returns: each listener set is
 * then told once, with its store's latest value, after all the stores `fn` touched have changed
 * (so one Workspace event is one notification batch across the list, per-id and case stores, and
 * a listener reading another store sees it up to date). Nested batches join the outermost.
 *
 * @example
 * batch(() => {
 *   notifyList();
 *   notifyInteraction(id); // listeners of both run after both changed
 * });
 */
export function batch<R>(fn: () => R): R {
  batching++;
  try {
    return fn();
  } finally {
    if (--batching === 0) {
      // Listeners may change stores again: their notifications go out in this same loop.
      batching++;
      try {
        while (held.size) {
          const [listeners, value] = held.entries().next().value!;
          held.delete(listeners);
          deliver(listeners, value as never);
        }
      } finally {
        batching--;
        held.clear();
      }
    }
  }
}

/**
 * Calls every listener with `value` (in a {@link batch}: when it ends, with the latest value); one
 * that throws is reported and does not stop the others.
 */
export function emit<T>(listeners: Iterable<{ l: (value: T) => void }>, value: T): void {
  if (batching) held.set(listeners, value);
  else deliver(listeners, value);
}

function deliver<T>(listeners: Iterable<{ l: (value: T) => void }>, value: T): void {
  for (const { l } of listeners) {
    try {
      l(value);
    } catch (e) {
      console.error('[wwe-kit] store listener threw', e);
    }
  }
}

/** Internals of a store made by {@link createStore}. */
export interface StoreHandle<T> {
  store: ReadableStore<T>;
  /** Calls the listeners with the current snapshot (only if there are listeners). */
  notify(): void;
}

/**
 * Makes a store from a snapshot getter. `onFirst` runs when the first listener arrives, `onLast`
 * when the last one leaves: stores talk to Workspace only while someone listens.
 *
 * @example
 * let value = 0;
 * const { store, notify } = createStore(() => value);
 * store.subscribe((v) => console.log(v));
 * value = 1; notify(); // logs 1
 */
export function createStore<T>(
  get: () => T,
  onFirst?: () => void,
  onLast?: () => void,
): StoreHandle<T> {
  const listeners = new Set<{ l: (value: T) => void }>();
  const subscribe = (l: (value: T) => void) => {
    const entry = { l }; // one entry per call: the same function subscribed twice counts twice
    listeners.add(entry);
    if (listeners.size === 1) onFirst?.();
    return () => {
      if (listeners.delete(entry) && listeners.size === 0) onLast?.();
    };
  };
  const store: ReadableStore<T> = {
    get,
    subscribe,
    [OBSERVABLE as typeof Symbol.observable]: interop,
  } as ReadableStore<T>;
  return {
    store,
    notify() {
      if (listeners.size) emit(listeners, get());
    },
  };
}

/**
 * A store of a slice of another store: notified only when `equal` says the slice changed, and
 * returning the same slice reference until then. The selector runs at most once per source
 * snapshot. `equal` defaults to {@link shallowEqual} (one default for every binding), so a selector
 * that builds a new object or array of unchanged items does not notify; pass `Object.is` to compare
 * by reference only.
 *
 * @example
 * const reason = select(stores.agent, (s) => s.state?.reason);
 * reason.subscribe((r) => console.log('reason is now', r));
 * const ids = select(stores.interactions, (s) => s.interactions.map((i) => i.interactionId));
 */
export function select<T, U>(
  source: ReadableStore<T>,
  selector: (value: T) => U,
  equal: (a: U, b: U) => boolean = shallowEqual,
): ReadableStore<U> {
  let lastSource: T | typeof UNSET = UNSET;
  let lastValue: U;
  const get = (): U => {
    const s = source.get();
    if (s !== lastSource) {
      const next = selector(s);
      if (lastSource === UNSET || !equal(lastValue, next)) lastValue = next;
      lastSource = s;
    }
    return lastValue;
  };
  let off: (() => void) | undefined;
  const handle = createStore(
    get,
    () => {
      let previous = get();
      off = source.subscribe(() => {
        const next = get();
        if (next !== previous) {
          previous = next;
          handle.notify();
        }
      });
    },
    () => {
      off?.();
      off = undefined;
    },
  );
  return handle.store;
}

const UNSET = Symbol('unset');

/**
 * Shallow equality of two plain objects or arrays (same keys, `Object.is` values): the default
 * equality of {@link select} and of every binding's store hook.
 *
 * @example
 * shallowEqual({ a: 1, b: x }, { a: 1, b: x }); // true
 * shallowEqual([x, y], [x, y]); // true
 */
export function shallowEqual<T>(a: T, b: T): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    // Arrays item by item: no key strings allocated for a long list.
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!has(b, k) || !Object.is((a as any)[k], (b as any)[k])) return false;
  return true;
}
