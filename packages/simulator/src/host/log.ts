import { payloadSize } from './payload-size';

/**
 * What became of a message the host received: `answered` (replied to, or a subscription taken),
 * `refused-origin` / `refused-filter` (no reply, as Workspace), `rate-limited` (the error reply),
 * `quarantined` (ignored), `forbidden-key` (a user-data write refused), `error` (an error reply),
 * `dropped` (a fault injected: no reply), `invalid` (not a protocol message: ignored).
 * Outbound entries have no outcome; what was kept from them is in `withheld`.
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
  /** `in`: a message a frame posted; `out`: one the host posted to a frame. */
  direction: 'in' | 'out';
  /** What the message is (`invalid`: none of the protocol's). */
  type:
    'request' | 'subscribe' | 'unsubscribe' | 'reply' | 'error' | 'event' | 'frameId' | 'invalid';
  /** The frame's origin. */
  origin: string;
  /** The frame's id, `undefined` for a message from an origin that is not accepted. */
  frameId: string | undefined;
  /** The request's name, for requests and their replies. */
  request?: string;
  /** The `referenceId` that pairs a request (or subscription) with its reply. */
  referenceId?: unknown;
  /** The event's topic, for events. */
  topic?: string;
  /** For inbound messages. */
  outcome?: HostOutcome;
  /** For replies sent late by an injected delay. */
  delayMs?: number;
  /**
   * What the host kept from the app and why: user-data `keys` left out of a reply or event
   * (`user-data.read-allowed`), a whole event not delivered (`event: true`: the origin's request
   * filter does not allow the request that reads it), or a user-data key a request may not write.
   */
  withheld?: HostWithheld;
  /**
   * The message, or, when it is larger than {@link LOG_ENTRY_BYTES}, a summary
   * `{ oversized: true, bytes, request?, event?, referenceId? }` (`bytes`: at least that many).
   */
  message: unknown;
}

/**
 * Why the host withheld something from an app (see {@link HostLogEntry.withheld}).
 *
 * @example
 * const w: HostWithheld = { reason: 'service-client-api.user-data.read-allowed', keys: ['Secret'] };
 */
export interface HostWithheld {
  /** The option and rule that applied, e.g. `service-client-api.user-data.read-allowed`. */
  reason: string;
  /** User-data keys (names only: their values are never logged twice). */
  keys?: string[];
  /** `true` when a whole event was not delivered to the frame. */
  event?: boolean;
}

/**
 * How many entries `host.log()` keeps.
 *
 * @example
 * host.log().length <= LOG_CAPACITY; // true
 */
export const LOG_CAPACITY = 500;

/**
 * The largest message the log keeps whole (bytes, estimated); a larger one is kept as a summary.
 *
 * @example
 * (host.log()[0]?.message as { oversized?: boolean }).oversized; // true for a 5 MB request
 */
export const LOG_ENTRY_BYTES = 16_384;

/**
 * How many bytes (estimated) the log keeps at most, all entries together: the oldest go first.
 *
 * @example
 * LOG_MAX_BYTES; // 1 MiB
 */
export const LOG_MAX_BYTES = 1_048_576;

const clip = (v: unknown) => (typeof v === 'string' && v.length > 200 ? `${v.slice(0, 200)}…` : v);

/** The entry as the log keeps it: a summary in place of an oversized message, long ids clipped. */
function bounded(partial: Omit<HostLogEntry, 'seq' | 'at'>): {
  entry: Omit<HostLogEntry, 'seq' | 'at'>;
  bytes: number;
} {
  const entry = { ...partial, request: clip(partial.request) as string | undefined };
  if (entry.request === undefined) delete entry.request;
  if ('referenceId' in entry) entry.referenceId = clip(entry.referenceId);
  if ('topic' in entry) entry.topic = clip(entry.topic) as string;
  const keys = entry.withheld?.keys;
  if (keys && (keys.length > 50 || keys.some((k) => k.length > 200)))
    entry.withheld = {
      ...entry.withheld!,
      keys: [...keys.slice(0, 50).map((k) => clip(k) as string), '…'],
    };
  const bytes = payloadSize(partial.message, LOG_ENTRY_BYTES);
  if (bytes <= LOG_ENTRY_BYTES) return { entry, bytes: bytes + 256 };
  const m = partial.message as Record<string, unknown> | undefined;
  const pick = (k: string) => {
    try {
      const v = m?.[k];
      return typeof v === 'string' || typeof v === 'number' ? { [k]: clip(v) } : {};
    } catch {
      return {};
    }
  };
  entry.message = {
    oversized: true,
    bytes,
    ...pick('request'),
    ...pick('event'),
    ...pick('referenceId'),
  };
  return { entry, bytes: 1024 };
}
/**
 * The host's message log: a bounded list plus listeners. Internal.
 *
 * @example
 * const log = createLog(() => Date.now());
 * log.add({ direction: 'in', type: 'request', origin: 'x', frameId: undefined, message: {} });
 */
export function createLog(now: () => number) {
  let seq = 0;
  const entries: { entry: HostLogEntry; bytes: number }[] = [];
  let total = 0;
  const listeners = new Set<(e: HostLogEntry) => void>();
  return {
    add(partial: Omit<HostLogEntry, 'seq' | 'at'>): void {
      const kept = bounded(partial);
      const entry: HostLogEntry = { seq: ++seq, at: now(), ...kept.entry };
      entries.push({ entry, bytes: kept.bytes });
      total += kept.bytes;
      while (entries.length > LOG_CAPACITY || total > LOG_MAX_BYTES)
        total -= entries.shift()!.bytes;
      for (const l of [...listeners]) {
        try {
          l(entry);
        } catch {
          /* an inspector's bug must not break the host */
        }
      }
    },
    entries: (): HostLogEntry[] => entries.map((e) => e.entry),
    /** Estimated bytes held by the entries. */
    bytes: () => total,
    listen(l: (e: HostLogEntry) => void): () => void {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    clear: () => listeners.clear(),
  };
}
