import { createAction, type ActionState, type ActionStatus } from '@wwe-kit/core';
import { computed, getCurrentScope, onScopeDispose, type Ref } from 'vue';
import { useWorkspaceStore } from './use-workspace-store';

/**
 * What {@link useWorkspaceAction} returns: the core action's state as readonly refs, and its
 * `run` and `reset`. Destructuring keeps the refs reactive.
 *
 * @example
 * const { run, pending, error, data } = useWorkspaceAction((id: string) => client.voice.answer(id));
 */
export interface WorkspaceAction<A extends unknown[], R> {
  /**
   * Calls the function. Resolves with its result, or with `undefined` when it failed (the error is
   * then in `error`); never rejects, so it is safe from an event handler.
   */
  run(...args: A): Promise<R | undefined>;
  /** Back to `idle`; a call in flight no longer writes its outcome. */
  reset(): void;
  /** `'idle'`, `'pending'`, `'success'` or `'error'`: where the latest call is. */
  status: Readonly<Ref<ActionStatus>>;
  /** True while the latest call is running. */
  pending: Readonly<Ref<boolean>>;
  /** The latest call's error (a `WorkspaceError` for failed requests), cleared by the next call. */
  error: Readonly<Ref<unknown>>;
  /** The latest successful result; kept while the next call runs, cleared by a failure. */
  data: Readonly<Ref<R | undefined>>;
}

/**
 * Wraps an async function (typically a client request) in the core's `createAction`: `status`,
 * `pending`, `error` and `data` refs with "latest call wins" (a slow earlier call cannot overwrite
 * a newer outcome), the same semantics as every wwe-kit binding. When the current effect scope
 * (the component) is disposed, a call in flight no longer writes its outcome.
 *
 * @example
 * const client = useWorkspaceClient();
 * const save = useWorkspaceAction((id: string, kv: KeyValues) => client.interaction.setUserData(id, kv));
 * await save.run('12', { Note: 'VIP' });
 * if (isWorkspaceError(save.error.value, 'HOST_ERROR')) console.warn(save.error.value.message);
 */
export function useWorkspaceAction<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
): WorkspaceAction<A, R> {
  const action = createAction(fn);
  const state = useWorkspaceStore(action);
  // When the component goes, a call in flight no longer writes its outcome.
  if (getCurrentScope()) onScopeDispose(action.reset);
  const field = <K extends keyof ActionState<R>>(key: K) => computed(() => state.value[key]);
  return {
    run: action.run,
    reset: action.reset,
    status: field('status'),
    pending: field('pending'),
    error: field('error'),
    data: field('data'),
  };
}
