import {
  kindOf,
  validateRecording,
  type RecordedMessage,
  type Recording,
} from '@wwe-kit/core/recording';
import { brief, matchesRecorded } from './match';

/**
 * What went differently from the recording: `unexpected` — the app sent a request (or subscribe)
 * the recording does not have (no reply is sent: like a Workspace that does not answer, the app
 * sees its own timeout; a read the recording already answered — React StrictMode's second
 * mount — gets that reply again instead); `missing` — a recorded request the app never sent
 * (reported when the replay ends; not `system.getAllowedServices`, the client's connection probe,
 * which the devtools panel sends while recording); `parameters` — the app sent a recorded request with other
 * parameters (it still gets the recorded reply). `index` is the position in the recording's
 * `messages`: the recorded request concerned, or, for `unexpected`, the replay's position when it
 * came.
 *
 * @example
 * const d: ReplayDivergence = { kind: 'missing', index: 7, t: 1200, request: 'interaction.markDone', message: 'messages[7] (t=1200 ms): the app never sent interaction.markDone' };
 */
export interface ReplayDivergence {
  kind: 'unexpected' | 'missing' | 'parameters';
  /** The position in `recording.messages`. */
  index: number;
  /** The recorded time of that position (ms). */
  t: number;
  /** The request's name (`subscribe`/`unsubscribe` for those). */
  request: string;
  /** The recorded parameters (`data` of a subscribe), for `parameters` and `missing`. */
  expected?: unknown;
  /** What the app sent, for `parameters` and `unexpected`. */
  actual?: unknown;
  /** The divergence in a sentence, position included. */
  message: string;
}

/**
 * Thrown by {@link createReplay} for a recording it cannot replay: the validator's message with
 * the path of the first problem (a newer format version names both versions).
 *
 * @example
 * try { createReplay(text); } catch (e) { if (e instanceof ReplayRecordingError) console.error(e.path, e.message); }
 */
export class ReplayRecordingError extends Error {
  override name = 'ReplayRecordingError';
  constructor(
    readonly path: string,
    detail: string,
  ) {
    super(`Cannot replay this recording: ${path}: ${detail}`);
  }
}

/**
 * Thrown to a test (never inside the app) when a strict replay diverged from its recording.
 *
 * @example
 * await expect(t.runToEnd()).rejects.toBeInstanceOf(ReplayDivergenceError);
 */
export class ReplayDivergenceError extends Error {
  override name = 'ReplayDivergenceError';
  constructor(readonly divergences: readonly ReplayDivergence[]) {
    super(
      `The app diverged from the recording (${divergences.length}):\n` +
        divergences.map((d) => `  - ${d.message}`).join('\n'),
    );
  }
}

/**
 * Options of {@link createReplay}.
 *
 * @example
 * const options: ReplayOptions = { tolerant: true, speed: 10 };
 */
export interface ReplayOptions {
  /** Match requests by name only, not by parameters (default `false`). */
  tolerant?: boolean;
  /** `play()` speed: 1 (default) keeps the recorded times between events, 10 is ten times faster. */
  speed?: number;
  /** Called with each divergence as it happens. */
  onDivergence?: (divergence: ReplayDivergence) => void;
  /** Timers for `play()`; default the global ones. */
  setTimeout?: (run: () => void, ms: number) => unknown;
  clearTimeout?: (timer: unknown) => void;
}

/**
 * Where a replay is: `index`, the next message of the recording to reach; `step` of `steps`, the
 * events sent (each `step()` sends one); `done` once every step is sent.
 *
 * @example
 * const { step, steps } = replay.position; // e.g. 3 of 5
 */
export interface ReplayPosition {
  index: number;
  step: number;
  steps: number;
  done: boolean;
  playing: boolean;
}

/**
 * A Workspace that replays a recording: it answers each request of the app with the recorded
 * reply (matched by name and parameters, in order; by name only when `tolerant`), with the app's
 * own `referenceId`; it sends the recorded events in order, one per `step()` or at their recorded
 * times (`play()`); and it lists the {@link ReplayDivergence}s. It never throws at the app: wire it
 * to a transport with `connect(post)` (what it sends the app) and `receive(message)` (what the
 * app posted). `createTestWorkspace({ replay })` and the `wwe-workspace --replay` page use it.
 *
 * @example
 * const replay = createReplay(JSON.parse(text));
 * replay.connect((m) => appWindow.postMessage(m, appOrigin));
 * window.addEventListener('message', (e) => e.source === appWindow && replay.receive(e.data));
 * replay.runToEnd();
 * console.log(replay.finish()); // the divergences, recorded requests never sent included
 */
export interface Replay {
  readonly recording: Recording;
  /** Starts sending to the app (the recorded frame id first, if any); returns a disconnect. */
  connect(post: (message: unknown) => void): () => void;
  /** A message the app posted. Never throws. */
  receive(message: unknown): void;
  /** Sends the next event (and any frame id or legacy message before it); `undefined` at the end. */
  step(): RecordedMessage | undefined;
  /** Steps until `predicate` holds for the event just sent, or to the end; the steps taken. */
  runUntil(predicate: (message: RecordedMessage, index: number) => boolean): number;
  /** Steps to the end. */
  runToEnd(): void;
  /** Sends the events at their recorded times (divided by `speed`) from where the replay is. */
  play(): void;
  pause(): void;
  /** Declares the replay over: every recorded request not sent yet becomes `missing`. */
  finish(): readonly ReplayDivergence[];
  readonly position: ReplayPosition;
  readonly divergences: readonly ReplayDivergence[];
  /** Called after every change of position or divergences; returns an unsubscribe. */
  onChange(listener: () => void): () => void;
}

interface Expected {
  index: number;
  name: string;
  params: unknown;
  reply: number | undefined;
  matched: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The wwe-kit client's connection probe, sent once something watches the connection (the devtools
 * panel that recorded the session, a connection status, `can()`): a recording may hold it whatever
 * the app does. Answered when the app sends it, never reported missing when it does not.
 */
const PROBE = 'system.getAllowedServices';

/**
 * Reads: `subscribe`, `unsubscribe` and the `get…` requests. An app that repeats a read the
 * recording has already answered (React's StrictMode mounts every effect twice in development: it
 * unsubscribes, subscribes and fetches again) gets the recorded reply again, not a divergence; an
 * unsubscribe the recording does not have is ignored. A repeated write is still a divergence.
 */
const isRead = (name: string) =>
  name === 'subscribe' || name === 'unsubscribe' || /\.get(?:[A-Z]\w*)?$/.test(name);

/** The name and parameters of an out message: a request's, or `subscribe`/`unsubscribe` and data. */
function nameOf(message: unknown): { name: string; params: unknown } | undefined {
  const kind = kindOf('out', message);
  if (!kind) return undefined;
  const m = message as Record<string, unknown>;
  return kind === 'request'
    ? { name: m.request as string, params: m.parameters }
    : { name: kind, params: m.data };
}

/**
 * Creates a {@link Replay} of a recording (the parsed JSON, or its text). Throws
 * {@link ReplayRecordingError} — and starts nothing — when the validator refuses it.
 *
 * @example
 * const replay = createReplay(recording, { tolerant: true });
 */
export function createReplay(input: unknown, options: ReplayOptions = {}): Replay {
  const checked = validateRecording(input);
  if (!checked.ok) throw new ReplayRecordingError(checked.path, checked.message);
  const recording = checked.recording;
  const messages = recording.messages;
  const speed = options.speed && options.speed > 0 ? options.speed : 1;
  const setTimer = options.setTimeout ?? ((run, ms) => globalThis.setTimeout(run, ms));
  const clearTimer =
    options.clearTimeout ??
    ((t) => globalThis.clearTimeout(t as ReturnType<typeof globalThis.setTimeout>));

  // The recorded requests, by name, in order; each with the index of its reply.
  const byName = new Map<string, Expected[]>();
  const firstOpen = new Map<string, number>();
  const expected: Expected[] = [];
  const awaitingReply = new Map<unknown, Expected>();
  /** Indices of the messages `step()` sends: events, frame ids, legacy messages. */
  const spontaneous: number[] = [];
  let steps = 0;
  messages.forEach((m, index) => {
    if (m.dir === 'out') {
      const n = nameOf(m.message);
      if (!n) return;
      const e: Expected = { index, ...n, reply: undefined, matched: false };
      expected.push(e);
      let list = byName.get(n.name);
      if (!list) byName.set(n.name, (list = []));
      list.push(e);
      if (m.kind !== 'unsubscribe')
        awaitingReply.set((m.message as Record<string, unknown>).referenceId, e);
    } else if (m.kind === 'reply' || m.kind === 'error') {
      const ref = (m.message as Record<string, unknown>).referenceId;
      const e = awaitingReply.get(ref);
      if (e) {
        e.reply = index;
        awaitingReply.delete(ref);
      }
    } else {
      spontaneous.push(index);
      if (m.kind === 'event') steps++;
    }
  });

  let post: ((message: unknown) => void) | undefined;
  let cursor = 0; // into `spontaneous`
  let step = 0;
  let finished = false;
  let timer: unknown;
  let playing = false;
  const divergences: ReplayDivergence[] = [];
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const l of listeners)
      try {
        l();
      } catch {
        // a listener's failure is its own
      }
  };
  const indexNow = () => (cursor < spontaneous.length ? spontaneous[cursor]! : messages.length);
  const at = (index: number) => messages[Math.min(index, messages.length - 1)]?.t ?? 0;
  const where = (index: number) =>
    index >= messages.length
      ? `the end of the recording (${messages.length} messages)`
      : `messages[${index}] (t=${at(index)} ms)`;
  const diverge = (d: Omit<ReplayDivergence, 't' | 'message'>, text: string) => {
    const full: ReplayDivergence = { ...d, t: at(d.index), message: `${where(d.index)}: ${text}` };
    divergences.push(full);
    try {
      options.onDivergence?.(full);
    } catch {
      // the test's handler
    }
    changed();
  };
  const send = (message: unknown) => {
    try {
      post?.(message);
    } catch {
      // the transport's failure is not the app's
    }
  };

  /** Sends the spontaneous message at `cursor` (skipping none); returns it. */
  const sendNext = (): RecordedMessage | undefined => {
    if (cursor >= spontaneous.length) return undefined;
    const index = spontaneous[cursor++]!;
    const m = messages[index]!;
    if (m.kind === 'event') step++;
    send(m.message);
    return m;
  };
  /** Sends the frame ids and legacy messages up to the next event. */
  const sendLeading = () => {
    while (cursor < spontaneous.length && messages[spontaneous[cursor]!]!.kind !== 'event')
      sendNext();
  };

  const nextEvent = (): RecordedMessage | undefined => {
    sendLeading();
    const m = sendNext();
    sendLeading();
    changed();
    return m;
  };

  const stopTimer = () => {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
  };
  const schedule = () => {
    stopTimer();
    if (!playing) return;
    if (cursor >= spontaneous.length) {
      playing = false;
      changed();
      return;
    }
    const previous = cursor > 0 ? messages[spontaneous[cursor - 1]!]!.t : 0;
    const delay = Math.max(0, (messages[spontaneous[cursor]!]!.t - previous) / speed);
    timer = setTimer(() => {
      timer = undefined;
      if (!playing) return;
      sendNext();
      changed();
      schedule();
    }, delay);
  };

  /** Sends the recorded reply of `e` (if it has one) under the app's reference id. */
  const answer = (e: Expected, referenceId: unknown) => {
    e.matched = true;
    if (e.reply !== undefined) {
      const reply = messages[e.reply]!.message;
      send(isObject(reply) ? { ...reply, referenceId } : reply);
    }
    changed();
  };

  const replay: Replay = {
    recording,
    connect(p) {
      post = p;
      sendLeading();
      changed();
      return () => {
        if (post === p) post = undefined;
        stopTimer();
        playing = false;
      };
    },
    receive(message) {
      try {
        const n = nameOf(message);
        if (!n) return;
        const ref = (message as Record<string, unknown>).referenceId;
        const list = byName.get(n.name) ?? [];
        let from = firstOpen.get(n.name) ?? 0;
        while (from < list.length && list[from]!.matched) from++;
        firstOpen.set(n.name, from);
        let found: Expected | undefined;
        if (options.tolerant) found = list[from];
        else {
          for (let i = from; i < list.length && !found; i++)
            if (!list[i]!.matched && matchesRecorded(list[i]!.params, n.params)) found = list[i];
          // A read again, before the recording's next one is due (an event comes first): a repeat.
          if (isRead(n.name) && (!found || found.index > indexNow())) {
            let again: Expected | undefined;
            for (let i = list.length - 1; i >= 0 && !again; i--)
              if (list[i]!.matched && matchesRecorded(list[i]!.params, n.params)) again = list[i];
            if (again) return answer(again, ref);
            if (!found && n.name === 'unsubscribe') return;
          }
          if (!found && list[from]) {
            found = list[from]!;
            diverge(
              {
                kind: 'parameters',
                index: found.index,
                request: n.name,
                expected: found.params,
                actual: n.params,
              },
              `${n.name} sent with parameters ${brief(n.params)}, recorded with ${brief(found.params)}`,
            );
          }
        }
        if (!found) {
          diverge(
            { kind: 'unexpected', index: indexNow(), request: n.name, actual: n.params },
            `the app sent ${n.name} ${brief(n.params)}, which the recording does not have${list.length ? ' (again)' : ''}`,
          );
          return;
        }
        answer(found, ref);
      } catch {
        // never into the app
      }
    },
    step: nextEvent,
    runUntil(predicate) {
      let taken = 0;
      for (;;) {
        const index = spontaneous[cursor];
        const m = nextEvent();
        if (!m) return taken;
        taken++;
        if (predicate(m, index!)) return taken;
      }
    },
    runToEnd() {
      while (cursor < spontaneous.length) nextEvent();
    },
    play() {
      if (playing) return;
      playing = true;
      changed();
      schedule();
    },
    pause() {
      playing = false;
      stopTimer();
      changed();
    },
    finish() {
      if (!finished) {
        finished = true;
        for (const e of expected)
          if (!e.matched && e.name !== PROBE)
            diverge(
              { kind: 'missing', index: e.index, request: e.name, expected: e.params },
              `the app never sent ${e.name}${e.params === undefined ? '' : ` ${brief(e.params)}`}`,
            );
      }
      return divergences;
    },
    get position() {
      return {
        index: indexNow(),
        step,
        steps,
        done: cursor >= spontaneous.length,
        playing,
      };
    },
    divergences,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return replay;
}
