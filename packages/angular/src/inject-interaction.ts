import { NgZone, computed, effect, signal, untracked, type Signal } from '@angular/core';
import { shallowEqual, workspaceStores, type InteractionSnapshot } from '@wwe-kit/core';
import { injectContext, type InjectWorkspaceOptions } from './inject-context';
import { injectWorkspaceStore, onDestroy } from './inject-workspace-store';

/** An interaction id: fixed, or a signal or function read again whenever it changes. */
export type InteractionIdSource =
  string | null | undefined | Signal<string | null | undefined> | (() => string | null | undefined);

/**
 * One interaction's snapshot (`status`, `interaction`), or a slice of it chosen by `selector`
 * (compared with `shallowEqual`), as a signal that changes only when that interaction changes.
 * `id` may be a string, a signal or a function (e.g. an `input()`): when it changes, the
 * subscription moves to the new interaction. Everything is released with the injector (the
 * calling component's, or `options.injector`); outside an injection context, `options.injector`
 * is required. While the id is `undefined` or empty, the snapshot is
 * `{ status: 'ready', interaction: undefined }`.
 *
 * @example
 * ```ts
 * export class CallCard {
 *   readonly id = input.required<string>();
 *   readonly call = injectInteraction(this.id); // follows the input
 *   readonly state = injectInteraction(() => this.id(), (s) => s.interaction?.state);
 * }
 * ```
 */
export function injectInteraction(
  id: InteractionIdSource,
  selector?: undefined,
  options?: InjectWorkspaceOptions,
): Signal<InteractionSnapshot>;
export function injectInteraction<U>(
  id: InteractionIdSource,
  selector: (snapshot: InteractionSnapshot) => U,
  options?: InjectWorkspaceOptions,
): Signal<U>;
export function injectInteraction<U>(
  id: InteractionIdSource,
  selector?: (snapshot: InteractionSnapshot) => U,
  options?: InjectWorkspaceOptions,
): Signal<U | InteractionSnapshot> {
  const { injector, client } = injectContext(injectInteraction, options);
  const stores = workspaceStores(client);
  if (typeof id !== 'function')
    return injectWorkspaceStore<InteractionSnapshot, U | InteractionSnapshot>(
      stores.interaction(id),
      selector,
      { injector },
    );
  // A signal or function: the store follows the id; `version` says the current store changed.
  const store = computed(() => stores.interaction(id()));
  const version = signal(0);
  const bump = () => version.update((v) => v + 1);
  const value = computed<U | InteractionSnapshot>(
    () => {
      version();
      const snapshot = store().get();
      return selector ? selector(snapshot) : snapshot;
    },
    { equal: selector ? shallowEqual : Object.is },
  );
  // An injector already destroyed: the current value, nothing subscribed.
  if (!onDestroy(injector, () => {})) return computed(() => untracked(value));
  const zone = injector.get(NgZone, null);
  effect(
    (onCleanup) => {
      const current = store();
      const off = untracked(() => current.subscribe(zone ? () => zone.run(bump) : bump));
      // A change between the first read and this subscription would otherwise be missed.
      untracked(bump);
      onCleanup(off);
    },
    { injector },
  );
  return value;
}
