'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLatest } from './use-latest';

/** What {@link useWorkspaceAction} returns. */
export interface WorkspaceAction<A extends unknown[], R> {
  /**
   * Calls the action. Resolves to its result, or to `undefined` when it failed (the failure is
   * in `error`): safe to call from an event handler without a `catch`. Stable across renders.
   */
  run: (...args: A) => Promise<R | undefined>;
  /** True while the latest call is in flight. */
  pending: boolean;
  /** Why the latest call failed (a `WorkspaceError` for Workspace refusals); cleared by the next call. */
  error: unknown;
  /** The latest call's result. */
  data: R | undefined;
}

interface ActionState<R> {
  pending: boolean;
  error: unknown;
  data: R | undefined;
}

/**
 * Wraps a request in pending / error / data state. Only the latest call updates the state, and
 * nothing is updated after unmount. `fn` may change every render: the latest one is called.
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
  const [state, setState] = useState<ActionState<R>>({
    pending: false,
    error: undefined,
    data: undefined,
  });
  const latestFn = useLatest(fn);
  const call = useRef(0);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const run = useCallback(
    async (...args: A): Promise<R | undefined> => {
      const mine = ++call.current;
      setState((s) => ({ pending: true, error: undefined, data: s.data }));
      const settle = (next: ActionState<R>) => {
        if (mounted.current && mine === call.current) setState(next);
      };
      try {
        const data = await latestFn.current(...args);
        settle({ pending: false, error: undefined, data });
        return data;
      } catch (error) {
        settle({ pending: false, error, data: undefined });
        return undefined;
      }
    },
    [latestFn],
  );
  return { run, pending: state.pending, error: state.error, data: state.data };
}
