import {
  DestroyRef,
  Injector,
  NgZone,
  assertInInjectionContext,
  inject,
  signal,
  type Signal,
} from '@angular/core';
import { select, type ReadableStore } from '@wwe-kit/core';

/**
 * A read-only signal that follows a core store (`workspaceStores(client).agent`,
 * `client.connection`, an action…): it holds the store's own immutable snapshot and notifies only
 * when the store hands out a new one. With `selector`, it follows a slice, notifying only when
 * `options.equal` (default `shallowEqual`, as in every binding) says the slice changed. Call it in
 * an injection context (a constructor or field initializer), or pass `options.injector`: the store
 * subscription is removed when that injector (the component, or the service's injector) is
 * destroyed. Updates run inside `NgZone` when there is one.
 *
 * RxJS: `toObservable(signal)` from `@angular/core/rxjs-interop`, or `from(store)` (every core store
 * is an interop Observable that emits the current snapshot, then every change).
 *
 * @example
 * ```ts
 * export class ReasonComponent {
 *   private readonly stores = workspaceStores(inject(WORKSPACE_CLIENT));
 *   readonly reason = injectWorkspaceStore(this.stores.agent, (s) => s.state?.reason);
 *   readonly ids = injectWorkspaceStore(this.stores.interactions, (s) =>
 *     s.interactions.map((i) => i.interactionId),
 *   ); // a new array, but shallowEqual: notifies only when an id comes or goes
 *   readonly reason$ = toObservable(this.reason); // RxJS
 *   private readonly injector = inject(Injector);
 *   call?: Signal<InteractionSnapshot>; // the interaction of an input, known in ngOnInit
 *   ngOnInit() {
 *     this.call = injectWorkspaceStore(this.stores.interaction(this.id()), undefined, {
 *       injector: this.injector,
 *     });
 *   }
 * }
 * ```
 */
export function injectWorkspaceStore<T, U = T>(
  store: ReadableStore<T>,
  selector?: (value: T) => U,
  options?: { equal?: (a: U, b: U) => boolean; injector?: Injector },
): Signal<U> {
  if (!options?.injector) assertInInjectionContext(injectWorkspaceStore);
  const injector = options?.injector ?? inject(Injector);
  const source = selector
    ? select(store, selector, options?.equal)
    : (store as unknown as ReadableStore<U>);
  let off = (): void => {};
  // Register the cleanup first: an injector already destroyed gets no subscription at all.
  if (!onDestroy(injector, () => off())) return signal(source.get()).asReadonly();
  const value = signal(source.get());
  const zone = injector.get(NgZone, null);
  off = source.subscribe(zone ? (v) => zone.run(() => value.set(v)) : (v) => value.set(v));
  // A change between get() and subscribe() would otherwise be missed.
  value.set(source.get());
  return value.asReadonly();
}

/**
 * Runs `cleanup` when `injector` is destroyed and returns true; when it already is (Angular then
 * throws instead of registering), runs nothing and returns false.
 */
export function onDestroy(injector: Injector, cleanup: () => void): boolean {
  try {
    injector.get(DestroyRef).onDestroy(cleanup);
    return true;
  } catch {
    return false;
  }
}
