import { shallowRef, type ShallowRef } from 'vue';

/**
 * The state of a request helper made by {@link useWorkspaceAction}.
 *
 * @example
 * const { run, pending, error, data } = useWorkspaceAction((id: string) => client.voice.answer(id));
 */
export interface WorkspaceAction<A extends unknown[], R> {
  /**
   * Calls the function. Resolves with its result, or with `undefined` when it failed (the error is
   * then in `error`); never rejects.
   */
  run(...args: A): Promise<R | undefined>;
  /** True while the latest call is running. */
  pending: Readonly<ShallowRef<boolean>>;
  /** The latest call's error (a `WorkspaceError` for failed requests), cleared by the next call. */
  error: Readonly<ShallowRef<unknown>>;
  /** The latest successful call's result. */
  data: Readonly<ShallowRef<R | undefined>>;
}

/**
 * Wraps an async function (typically a client request) with `pending`, `error` and `data` refs.
 * Only the latest call updates the refs, so a slow earlier call cannot overwrite a newer result.
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
  const pending = shallowRef(false);
  const error = shallowRef<unknown>(undefined);
  const data = shallowRef<R | undefined>(undefined);
  let latest = 0;
  const run = async (...args: A): Promise<R | undefined> => {
    const call = ++latest;
    pending.value = true;
    error.value = undefined;
    try {
      const result = await fn(...args);
      if (call === latest) data.value = result;
      return result;
    } catch (e) {
      if (call === latest) error.value = e;
      return undefined;
    } finally {
      if (call === latest) pending.value = false;
    }
  };
  return { run, pending, error, data };
}
