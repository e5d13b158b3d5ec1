'use client';
import { useMemo, useState, useSyncExternalStore } from 'react';
import { createAction, type ActionState } from '@wwe-kit/core';
import { useLatest } from './use-latest';

/**
 * What {@link useWorkspaceAction} returns: the core action state (`status`, `pending`, `data`,
 * `error`) with `run` and `reset`.
 *
 * @example
 * const double: WorkspaceAction<[number], number> = useWorkspaceAction(async (n: number) => n * 2);
 * const label = double.status === 'success' ? String(double.data) : double.status;
 */
export interface WorkspaceAction<A extends unknown[], R> extends ActionState<R> {
  /**
   * Calls the action. Resolves to its result, or to `undefined` when it failed (the failure is
   * in `error`): safe to call from an event handler without a `catch`. Stable across renders.
   */
  run: (...args: A) => Promise<R | undefined>;
  /** Back to `idle`; a call in flight no longer updates the state. Stable across renders. */
  reset: () => void;
}

/**
 * Wraps a request (any async function) in the core's action state (`createAction`): `status`,
 * `pending`, `data`, `error`; only the latest call updates it, and nothing reaches the component
 * after unmount. One action store per component instance; `fn` may change every render: the
 * latest one is called. `run` and `reset` are stable across renders.
 *
 * @example
 * function HoldButton({ id }: { id: string }) {
 *   const client = useWorkspaceClient();
 *   const hold = useWorkspaceAction(() => client.voice.hold(id));
 *   return (
 *     <button disabled={hold.pending} onClick={() => hold.run()} title={hold.error ? String(hold.error) : ''}>
 *       Hold
 *     </button>
 *   );
 * }
 */
export function useWorkspaceAction<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
): WorkspaceAction<A, R> {
  const latest = useLatest(fn);
  const [action] = useState(() => createAction((...args: A) => latest.current(...args)));
  const state = useSyncExternalStore(action.subscribe, action.get, action.get);
  return useMemo(() => ({ ...state, run: action.run, reset: action.reset }), [state, action]);
}
