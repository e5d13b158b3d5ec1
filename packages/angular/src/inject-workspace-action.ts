import {
  Injector,
  PendingTasks,
  assertInInjectionContext,
  computed,
  inject,
  type Signal,
} from '@angular/core';
import { createAction, type ActionStatus } from '@wwe-kit/core';
import { injectWorkspaceStore, onDestroy } from './inject-workspace-store';

/**
 * What {@link injectWorkspaceAction} returns: the core action's state as signals, and its `run`
 * and `reset`.
 *
 * @example
 * ```ts
 * private readonly client = inject(WORKSPACE_CLIENT);
 * readonly hold = injectWorkspaceAction((id: string) => this.client.voice.hold(id));
 * // template: <button [disabled]="hold.pending()" (click)="hold.run(id)">Hold</button>
 * ```
 */
export interface WorkspaceAction<A extends unknown[], R> {
  /**
   * Calls the function, registered with `PendingTasks` until it settles (so `whenStable()` waits
   * for it). Resolves with its result, or with `undefined` when it failed (the error is then in
   * `error`); never rejects, so it is safe from a template event handler.
   */
  run(...args: A): Promise<R | undefined>;
  /** Back to `idle`; a call in flight no longer writes its outcome. */
  reset(): void;
  /** `'idle'`, `'pending'`, `'success'` or `'error'`: where the latest call is. */
  readonly status: Signal<ActionStatus>;
  /** True while the latest call is running. */
  readonly pending: Signal<boolean>;
  /** The latest call's error (a `WorkspaceError` for failed requests), cleared by the next call. */
  readonly error: Signal<unknown>;
  /** The latest successful result; kept while the next call runs, cleared by a failure. */
  readonly data: Signal<R | undefined>;
}

/**
 * Wraps an async function (typically a client request) in the core's `createAction`: `status`,
 * `pending`, `error` and `data` signals with "latest call wins" (a slow earlier call cannot
 * overwrite a newer outcome), the same semantics as every wwe-kit binding. Each call is registered
 * with `PendingTasks`. Call it in an injection context, or pass `options.injector`; when that
 * injector is destroyed, a call in flight no longer writes its outcome.
 *
 * @example
 * ```ts
 * export class NoteComponent {
 *   private readonly client = inject(WORKSPACE_CLIENT);
 *   readonly save = injectWorkspaceAction((id: string, note: string) =>
 *     this.client.interaction.setUserData(id, { Note: note }),
 *   );
 *   // template: <button [disabled]="save.pending()" (click)="save.run(id, 'VIP')">Save</button>
 *   //           `@if (save.status() === 'error') { <p>{{ save.error() }}</p> }`
 * }
 * ```
 */
export function injectWorkspaceAction<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
  options?: { injector?: Injector },
): WorkspaceAction<A, R> {
  if (!options?.injector) assertInInjectionContext(injectWorkspaceAction);
  const injector = options?.injector ?? inject(Injector);
  const action = createAction(fn);
  const state = injectWorkspaceStore(action, undefined, { injector });
  // With an injector already destroyed, the action still runs but its signals stay idle.
  const alive = onDestroy(injector, action.reset);
  const tasks = alive ? injector.get(PendingTasks) : undefined;
  return {
    run: (...args: A) => {
      const done = tasks?.add();
      const result = action.run(...args);
      return done ? result.finally(done) : result;
    },
    reset: action.reset,
    status: computed(() => state().status),
    pending: computed(() => state().pending),
    error: computed(() => state().error),
    data: computed(() => state().data),
  };
}
