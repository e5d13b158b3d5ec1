import { WorkspaceError } from './errors';
import { createStore, type ReadableStore } from './store';

/**
 * Where an {@link ActionStore} is: never called (`idle`), its latest call in flight (`pending`),
 * or its latest call resolved (`success`) or failed (`error`).
 *
 * @example
 * const label: Record<ActionStatus, string> = { idle: 'Hold', pending: '…', success: 'Held', error: 'Retry' };
 */
export type ActionStatus = 'idle' | 'pending' | 'success' | 'error';

/**
 * The snapshot of an {@link ActionStore}: an immutable object, replaced on every change.
 *
 * - `pending`: `status === 'pending'`;
 * - `data`: the latest successful result; kept while the next call is pending, cleared by a
 *   failure;
 * - `error`: why the latest call failed (a `WorkspaceError` for Workspace refusals), else
 *   `undefined`.
 *
 * @example
 * const { status, data, error } = hold.get();
 * if (status === 'error') console.warn('hold failed', error);
 */
export interface ActionState<R> {
  readonly status: ActionStatus;
  readonly pending: boolean;
  readonly data: R | undefined;
  readonly error: unknown;
}

/**
 * A request (or any async function) with its state as a store: "latest call wins", one semantics
 * for every framework binding. Made by {@link createAction}.
 *
 * @example
 * const dial = createAction((n: string) => client.voice.dial(n));
 * dial.subscribe((s) => button.disabled = s.pending);
 * await dial.run('5001');
 */
export interface ActionStore<A extends unknown[], R> extends ReadableStore<ActionState<R>> {
  /**
   * Calls the function. Resolves to its result, or to `undefined` when it failed (the failure is
   * in `error`): never rejects, so safe from an event handler. Only the latest call's outcome is
   * written to the state. Bound: `const { run } = action` works.
   *
   * @example
   * button.onclick = () => hold.run(id);
   */
  run(...args: A): Promise<R | undefined>;
  /**
   * Back to `idle` (no data, no error); a call in flight no longer writes its outcome.
   *
   * @example
   * dismissButton.onclick = () => hold.reset();
   */
  reset(): void;
}

const snapshot = <R>(status: ActionStatus, data?: R, error?: unknown): ActionState<R> => ({
  status,
  pending: status === 'pending',
  data,
  error,
});

/**
 * Wraps an async function (typically a request) in a store of its state. `run` sets
 * `{ status: 'pending', pending: true, data: <previous data>, error: undefined }`, then
 * `{ status: 'success', data }` or `{ status: 'error', data: undefined, error }`; a call that is no
 * longer the latest when it settles (another `run` or a `reset` came after it) changes nothing.
 * Framework bindings (`useWorkspaceAction`, `injectWorkspaceAction`) are thin bridges over it.
 *
 * @throws {WorkspaceError} `INVALID_ARGUMENT` when `fn` is not a function.
 * @example
 * const hold = createAction((id: string) => client.voice.hold(id));
 * const off = hold.subscribe(({ status, error }) => render(status, error));
 * const result = await hold.run('0001'); // undefined if it failed: see hold.get().error
 */
export function createAction<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
): ActionStore<A, R> {
  if (typeof fn !== 'function')
    throw new WorkspaceError('INVALID_ARGUMENT', 'createAction() takes a function');
  let state = snapshot<R>('idle');
  let latest = 0;
  const handle = createStore(() => state);
  /** Writes the state if `call` is still the latest call. */
  const set = (call: number, status: ActionStatus, data?: R, error?: unknown) => {
    if (call !== latest) return;
    state = snapshot(status, data, error);
    handle.notify();
  };
  // Closures, not methods: `const { run } = action` works.
  return Object.assign(handle.store, {
    run: async (...args: A): Promise<R | undefined> => {
      const call = ++latest;
      set(call, 'pending', state.data);
      try {
        const data = await fn(...args);
        set(call, 'success', data);
        return data;
      } catch (error) {
        set(call, 'error', undefined, error);
        return undefined;
      }
    },
    reset: () => {
      latest++;
      if (state.status !== 'idle') set(latest, 'idle');
    },
  });
}
