import { WorkspaceError, type WorkspaceErrorCode } from './errors';

/** A request awaiting its reply. */
export interface Pending {
  /** The request's name, for its errors. */
  name: string;
  /** Resolve with the whole reply (`fullReply`). */
  full: boolean;
  resolve(value: unknown): void;
  reject(error: unknown): void;
  /** Its timeout in ms, and its timer if it has one. */
  timeout?: number;
  timer?: ReturnType<typeof setTimeout> | undefined;
  /** Removes its abort listener, if it has one. */
  off?: () => void;
}

/**
 * The error of one request: its message starts with the request's name.
 *
 * @example
 * requestError('TIMEOUT', 'agent.get', 'got no answer within 10000 ms');
 */
export function requestError(
  code: WorkspaceErrorCode,
  name: string,
  text: string,
  details?: object,
): WorkspaceError {
  return new WorkspaceError(code, `'${name}' ${text}`, { request: name, ...details });
}

/**
 * The requests of one client that await their reply, by reference id. Each holds at most one
 * timer and one abort listener, both removed the moment it settles (reply, error, timeout, abort
 * or dispose), so a settled request leaves nothing behind. `expire(p)` fails a request whose
 * timeout passed.
 */
export function createPendingRequests(expire: (p: Pending) => void) {
  const map = new Map<string, Pending>();

  /** Removes the request `id` (its timer and abort listener too) and returns it, if pending. */
  const settle = (id: string): Pending | undefined => {
    const p = map.get(id);
    if (p) {
      map.delete(id);
      if (p.timer !== undefined) clearTimeout(p.timer);
      p.off?.();
    }
    return p;
  };

  return {
    settle,
    map,
    get size() {
      return map.size;
    },
    /**
     * Tracks `p` under `id`: after `p.timeout` ms (none when `0` or beyond 2^31 - 1 ms, where
     * timers fire at once: such a timeout means "wait for ever") `expire(p)` fails it; an abort of
     * `signal` fails it with `ABORTED`.
     */
    add(id: string, p: Pending, signal: AbortSignal | undefined): void {
      map.set(id, p);
      const timeout = p.timeout!;
      // (A closure rather than `setTimeout(fn, ms, id)`: browsers keep timer arguments in
      // handles that cost more than the closure.)
      if (timeout > 0 && timeout <= 0x7fffffff)
        p.timer = setTimeout(() => {
          if (settle(id)) expire(p);
        }, timeout);
      if (signal) {
        const onAbort = () => {
          if (settle(id))
            p.reject(requestError('ABORTED', p.name, 'was aborted', { cause: signal.reason }));
        };
        signal.addEventListener('abort', onAbort);
        p.off = () => signal.removeEventListener('abort', onAbort);
      }
    },
    /** Fails every pending request with the error `make` gives. */
    rejectAll(make: (p: Pending) => unknown): void {
      for (const id of [...map.keys()]) {
        const p = settle(id)!;
        p.reject(make(p));
      }
    },
  };
}
