import { DestroyRef, NgZone, inject, signal, type Signal } from '@angular/core';
import type { ReadableStore } from '@wwe-kit/core';
import { Observable, ReplaySubject, Subject, share } from 'rxjs';

/**
 * The bridge from core stores and events to RxJS and signals, tied to one injector: everything it
 * made completes and unsubscribes when that injector is destroyed. Emissions run inside Angular's
 * zone when there is one. Create it in an injection context with {@link injectStoreBridge}.
 *
 * @example
 * const bridge = injectStoreBridge();
 * const agent$ = bridge.observable(workspaceStores(client).agent);
 * const agent = bridge.signal(workspaceStores(client).agent);
 */
export class StoreBridge {
  private destroyed = false;
  private readonly cleanups = new Set<() => void>();

  constructor(
    destroyRef: DestroyRef,
    private readonly zone: NgZone | null,
  ) {
    destroyRef.onDestroy(() => {
      this.destroyed = true;
      for (const cleanup of [...this.cleanups]) cleanup();
      this.cleanups.clear();
    });
  }

  /** Runs `fn` inside Angular's zone when there is one (so zone-based apps see the change). */
  run<R>(fn: () => R): R {
    return this.zone ? this.zone.run(fn) : fn();
  }

  /**
   * A hot, shared Observable of `subscribe`'s values: the first subscriber opens one source
   * subscription that every later subscriber shares, the last one to leave closes it, and the
   * injector's destruction completes it. With `replay`, late subscribers get the latest value.
   */
  shared<T>(subscribe: (next: (value: T) => void) => () => void, replay: boolean): Observable<T> {
    return new Observable<T>((subscriber) => {
      if (this.destroyed) {
        subscriber.complete();
        return undefined;
      }
      const off = subscribe((value) => this.run(() => subscriber.next(value)));
      const complete = () => subscriber.complete();
      this.cleanups.add(complete);
      return () => {
        this.cleanups.delete(complete);
        off();
      };
    }).pipe(
      share({
        connector: () => (replay ? new ReplaySubject<T>(1) : new Subject<T>()),
        resetOnRefCountZero: true,
        resetOnComplete: true,
        resetOnError: true,
      }),
    );
  }

  /** A hot, shared Observable of a store: it emits the current snapshot, then every change. */
  observable<T>(store: ReadableStore<T>): Observable<T> {
    return this.shared<T>((next) => {
      next(store.get());
      const off = store.subscribe(next);
      return off;
    }, true);
  }

  /**
   * A read-only signal of a store, subscribed until the injector (or `destroyRef`, when given) is
   * destroyed. Its value keeps the store's snapshot identity, so it notifies only on real changes.
   */
  signal<T>(store: ReadableStore<T>, destroyRef?: DestroyRef): Signal<T> {
    const value = signal(store.get());
    if (this.destroyed) return value.asReadonly();
    const off = store.subscribe((v) => this.run(() => value.set(v)));
    // A change between get() and subscribe() would otherwise be missed.
    value.set(store.get());
    const cleanup = () => {
      this.cleanups.delete(cleanup);
      off();
    };
    this.cleanups.add(cleanup);
    if (destroyRef) destroyRef.onDestroy(cleanup);
    return value.asReadonly();
  }
}

/**
 * A {@link StoreBridge} for the current injector (call it in an injection context).
 *
 * @example
 * class MyService { private readonly bridge = injectStoreBridge(); }
 */
export function injectStoreBridge(): StoreBridge {
  return new StoreBridge(inject(DestroyRef), inject(NgZone, { optional: true }));
}
