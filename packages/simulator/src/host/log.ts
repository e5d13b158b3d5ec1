/**
 * What became of a message the host received: `answered` (replied to, or a subscription taken),
 * `refused-origin` / `refused-filter` (no reply, as Workspace), `rate-limited` (the error reply),
 * `quarantined` (ignored), `forbidden-key` (a user-data write refused), `error` (an error reply),
 * `dropped` (a fault injected: no reply), `invalid` (not a protocol message: ignored).
 *
 * @example
 * const refused = host.log().filter((e) => e.outcome === 'refused-origin' || e.outcome === 'refused-filter');
 */
export type HostOutcome =
  | 'answered'
  | 'refused-origin'
  | 'refused-filter'
  | 'rate-limited'
  | 'quarantined'
  | 'forbidden-key'
  | 'error'
  | 'dropped'
  | 'invalid';

/**
 * One message in or out of the host, for a message inspector and for tests.
 *
 * @example
 * host.onLog((e) => {
 *   if (e.direction === 'in') console.log(e.origin, e.request ?? e.type, e.outcome);
 * });
 */
export interface HostLogEntry {
  /** Increasing from 1. */
  seq: number;
  /** The host clock's time. */
  at: number;
  direction: 'in' | 'out';
  type:
    'request' | 'subscribe' | 'unsubscribe' | 'reply' | 'error' | 'event' | 'frameId' | 'invalid';
  origin: string;
  frameId: string | undefined;
  request?: string;
  referenceId?: unknown;
  topic?: string;
  /** For inbound messages. */
  outcome?: HostOutcome;
  /** For replies sent late by an injected delay. */
  delayMs?: number;
  message: unknown;
}

/**
 * How many entries `host.log()` keeps.
 *
 * @example
 * host.log().length <= LOG_CAPACITY; // true
 */
export const LOG_CAPACITY = 500;

/**
 * The host's message log: a bounded list plus listeners. Internal.
 *
 * @example
 * const log = createLog(() => Date.now());
 * log.add({ direction: 'in', type: 'request', origin: 'x', frameId: undefined, message: {} });
 */
export function createLog(now: () => number) {
  let seq = 0;
  const entries: HostLogEntry[] = [];
  const listeners = new Set<(e: HostLogEntry) => void>();
  return {
    add(partial: Omit<HostLogEntry, 'seq' | 'at'>): void {
      const entry: HostLogEntry = { seq: ++seq, at: now(), ...partial };
      entries.push(entry);
      if (entries.length > LOG_CAPACITY) entries.shift();
      for (const l of [...listeners]) {
        try {
          l(entry);
        } catch {
          /* an inspector's bug must not break the host */
        }
      }
    },
    entries: (): HostLogEntry[] => entries.slice(),
    listen(l: (e: HostLogEntry) => void): () => void {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    clear: () => listeners.clear(),
  };
}
