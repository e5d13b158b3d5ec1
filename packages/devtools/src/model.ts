import type { WorkspaceClient, WorkspaceErrorCode } from '@wwe-kit/core';
import { inspectClient, type ClientTables, type TapEvent } from '@wwe-kit/core/internal';
import { createRecorder, kindOf, type MaskOptions, type Recording } from '@wwe-kit/core/recording';

/**
 * One row of the timeline: a request (its reply, error or local refusal merged into it), an
 * event, a subscribe or unsubscribe, a frame id, or a message the client refused.
 */
export interface TimelineEntry {
  id: number;
  /** When it happened (ms since the epoch). */
  at: number;
  kind: 'request' | 'event' | 'subscribe' | 'unsubscribe' | 'frameId' | 'legacy' | 'dropped';
  /** The request's name, the event's topic (and event type), the topics, or the drop's reason. */
  name: string;
  referenceId?: string | undefined;
  /** `pending` until a request settles; `info` for what has no outcome. */
  state: 'pending' | 'ok' | 'error' | 'info';
  /** The error code of a failed request. */
  code?: WorkspaceErrorCode | string | undefined;
  /** What the error says, and its hint (the INI line to set), if any. */
  detail?: string | undefined;
  hint?: string | undefined;
  /** A `QUARANTINED` or `RATE_LIMITED` request: when Workspace answers that request type again. */
  retryAt?: number | undefined;
  /** ms from the request to its outcome. */
  duration?: number | undefined;
  /** The message posted or received (kept in the page only; shown masked). */
  message?: unknown;
  /** A request's reply (or error reply) as received. */
  reply?: unknown;
  /** Bumped at each change, so a view redraws only what changed. */
  version: number;
}

/** Options of {@link createModel}. */
export interface ModelOptions {
  /** Timeline entries kept, the oldest dropped first (default 500). */
  maxTimelineEntries?: number | undefined;
  /** Messages kept for the recording (default 100,000). */
  maxRecordedMessages?: number | undefined;
  /** What the client said before the model existed, oldest first (see `WorkspaceDevtoolsOptions`). */
  history?: readonly TapEvent[] | undefined;
  now?: () => number;
}

const errorOf = (e: unknown) =>
  typeof e === 'object' && e !== null ? (e as Record<string, unknown>) : {};

/**
 * What the devtools know of one client: the bounded timeline, the start time of each request, the
 * recording of every message, and the client's own tables, fed by `inspectClient`. Never throws:
 * a failure is kept in `errors` for the panel to show.
 */
export function createModel(client: WorkspaceClient, options: ModelOptions = {}) {
  const now = options.now ?? Date.now;
  const max = Math.max(1, options.maxTimelineEntries ?? 500);
  const entries: TimelineEntry[] = [];
  const byRef = new Map<string, TimelineEntry>();
  /** When each request awaiting its reply was sent (removed when it settles). */
  const sent = new Map<string, number>();
  const listeners = new Set<() => void>();
  const errors: string[] = [];
  let dropped = 0;
  let nextId = 1;
  // The messages as they were (in this page only), masked when exported, as the user chooses.
  const maxRecorded = Math.max(1, options.maxRecordedMessages ?? 100_000);
  let recorded: { dir: 'out' | 'in'; message: unknown; at: number }[] = [];
  let recordedHead = 0;
  let recordedDropped = 0;
  let startedAt = now();
  const record = (dir: 'out' | 'in', message: unknown, at: number) => {
    recorded.push({ dir, message, at });
    if (recorded.length - recordedHead > maxRecorded) {
      recordedHead++;
      recordedDropped++;
      if (recordedHead > 1024 && recordedHead * 2 > recorded.length) {
        recorded = recorded.slice(recordedHead);
        recordedHead = 0;
      }
    }
  };

  const changed = () => {
    for (const l of listeners)
      try {
        l();
      } catch (e) {
        fail(e);
      }
  };
  const fail = (e: unknown) => {
    errors.push(e instanceof Error ? `${e.name}: ${e.message}` : String(e));
    if (errors.length > 20) errors.shift();
  };
  const add = (entry: Omit<TimelineEntry, 'id' | 'version'>): TimelineEntry => {
    const e: TimelineEntry = { ...entry, id: nextId++, version: 0 };
    entries.push(e);
    if (entries.length > max) {
      const old = entries.shift()!;
      dropped++;
      if (old.referenceId !== undefined && byRef.get(old.referenceId) === old)
        byRef.delete(old.referenceId);
    }
    return e;
  };
  const update = (e: TimelineEntry, patch: Partial<TimelineEntry>) => {
    Object.assign(e, patch);
    e.version++;
  };

  const settle = (e: TapEvent & { kind: 'call' }) => {
    const done = (ok: boolean, error?: unknown) => {
      try {
        const at = now();
        const err = errorOf(error);
        const ref = e.referenceId;
        if (ref !== undefined) sent.delete(ref);
        // Sent: its row (unless it fell out of the bounded timeline). Refused before being sent
        // (QUARANTINED, NOT_ALLOWED…): a row of its own.
        const entry =
          ref === undefined
            ? add({ at: e.at, kind: 'request', name: e.name, state: 'pending' })
            : byRef.get(ref);
        if (ref !== undefined) byRef.delete(ref);
        if (!entry) return;
        update(entry, {
          state: ok ? 'ok' : 'error',
          duration: at - entry.at,
          code: ok ? undefined : typeof err.code === 'string' ? err.code : 'ERROR',
          detail: ok ? undefined : typeof err.message === 'string' ? err.message : String(error),
          hint: typeof err.hint === 'string' ? err.hint : undefined,
          retryAt: typeof err.retryAt === 'number' ? err.retryAt : undefined,
        });
        changed();
      } catch (x) {
        fail(x);
      }
    };
    e.promise.then(
      () => done(true),
      (error) => done(false, error),
    );
  };

  const onTap = (e: TapEvent) => {
    try {
      if (e.kind === 'call') return settle(e);
      if (e.kind === 'drop') {
        add({ at: e.at, kind: 'dropped', name: e.reason, state: 'info' });
        return changed();
      }
      const m = e.message;
      const kind = kindOf(e.kind, m);
      if (!kind) return;
      record(e.kind, m, e.at);
      const o = (typeof m === 'object' && m !== null ? m : {}) as Record<string, unknown>;
      const ref = typeof o.referenceId === 'string' ? o.referenceId : undefined;
      switch (kind) {
        case 'request':
        case 'subscribe': {
          const entry = add({
            at: e.at,
            kind,
            name: kind === 'request' ? String(o.request) : JSON.stringify(o.data),
            referenceId: ref,
            state: 'pending',
            message: m,
          });
          if (ref !== undefined) {
            byRef.set(ref, entry);
            if (kind === 'request') sent.set(ref, e.at);
          }
          break;
        }
        case 'unsubscribe':
          add({ at: e.at, kind, name: String(o.data), state: 'info', message: m });
          break;
        case 'reply':
        case 'error': {
          const entry = ref === undefined ? undefined : byRef.get(ref);
          if (!entry) break;
          update(entry, { reply: m, duration: e.at - entry.at });
          // A subscription's outcome is its reply; a request's is its promise (see settle).
          if (entry.kind === 'subscribe') {
            byRef.delete(ref!);
            update(entry, {
              state: kind === 'reply' ? 'ok' : 'error',
              code: kind === 'error' ? 'HOST_ERROR' : undefined,
            });
          }
          break;
        }
        case 'event': {
          const data = o.data as Record<string, unknown> | undefined;
          const type = typeof data?.eventType === 'string' ? ` ${data.eventType}` : '';
          add({ at: e.at, kind, name: `${String(o.event)}${type}`, state: 'info', message: m });
          break;
        }
        case 'frameId':
          add({ at: e.at, kind, name: String(o.frameId), state: 'info', message: m });
          break;
        case 'legacy':
          add({ at: e.at, kind, name: 'legacy message', state: 'info', message: m });
          break;
      }
      changed();
    } catch (x) {
      fail(x);
    }
  };

  // What the loader buffered since it was installed: the session from the app's first message.
  const history = options.history ?? [];
  if (history.length) startedAt = Math.min(startedAt, history[0]!.at);
  for (const e of history) onTap(e);
  const watch = inspectClient(client, onTap);
  return {
    entries: entries as readonly TimelineEntry[],
    /** Timeline entries dropped because the timeline is bounded. */
    get dropped() {
      return dropped;
    },
    errors,
    fail,
    /** Messages held for the recording. */
    get recordedCount() {
      return recorded.length - recordedHead;
    },
    /** The session so far as a recording, masked as `mask` says (user data by default). */
    recording(
      mask: Pick<MaskOptions, 'mode' | 'keep'> & {
        workspaceOrigin?: string | null;
        frameId?: string | number | null;
      } = {},
    ): Recording {
      const recorder = createRecorder({
        source: '@wwe-kit/devtools',
        startedAt,
        maxMessages: Number.MAX_SAFE_INTEGER,
        mode: mask.mode === 'all' ? 'all' : 'user-data',
        keep: mask.keep ?? [],
        now,
      });
      for (let i = recordedHead; i < recorded.length; i++) {
        const r = recorded[i]!;
        recorder.add(r.dir, r.message, r.at);
      }
      const recording = recorder.recording({
        workspaceOrigin: mask.workspaceOrigin ?? null,
        frameId: mask.frameId ?? null,
      });
      recording.meta.dropped = recordedDropped;
      return recording;
    },
    tables: watch.tables as ClientTables,
    /** When each pending request was sent, if the devtools saw it. */
    sentAt: (referenceId: string) => sent.get(referenceId),
    onChange(listener: () => void): () => void {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    clear(): void {
      entries.length = 0;
      dropped = 0;
      recorded = [];
      recordedHead = recordedDropped = 0;
      startedAt = now();
      changed();
    },
    stop(): void {
      watch.stop();
      listeners.clear();
    },
  };
}

/** The model of one client's devtools. */
export type DevtoolsModel = ReturnType<typeof createModel>;
