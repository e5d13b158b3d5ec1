import { WorkspaceError, parseRateLimitMessage } from './errors';

/**
 * Workspace's rate-limit quarantines as one client knows them: a `RATE_LIMITED` error reply names
 * a request type and how long Workspace ignores it; until then, requests of that type fail at
 * once with `QUARANTINED` instead of waiting for an answer that never comes.
 */
export function createQuarantine(now: () => number) {
  // An ended quarantine stays until the next one of its request overwrites it.
  const until = new Map<string, number>();
  return {
    until,
    /** When the quarantine of `name` ends, if it is quarantined now. */
    check(name: string): number | undefined {
      if (!until.size) return undefined;
      const end = until.get(name);
      return end !== undefined && now() < end ? end : undefined;
    },
    /**
     * The error of a request Workspace refused: `RATE_LIMITED` (which quarantines the request
     * type it names) or `HOST_ERROR`.
     */
    hostError(name: string, errorMessage: unknown, reply?: unknown): WorkspaceError {
      const limit = parseRateLimitMessage(errorMessage);
      const seconds = limit?.seconds;
      const retryAt = seconds === 0 ? Infinity : seconds && now() + seconds * 1000;
      if (limit) until.set(limit.request, retryAt!);
      let text = '';
      try {
        text =
          typeof errorMessage === 'string' ? errorMessage : (JSON.stringify(errorMessage) ?? '');
      } catch {
        // e.g. a BigInt: the request must still fail (with `hostMessage`), not throw in the listener.
      }
      return new WorkspaceError(
        limit ? 'RATE_LIMITED' : 'HOST_ERROR',
        `Workspace refused '${name}': ${text.slice(0, 500)}`,
        {
          request: limit ? limit.request : name,
          hostMessage: errorMessage,
          quarantineSeconds: seconds,
          retryAt,
          reply,
        },
      );
    },
  };
}
