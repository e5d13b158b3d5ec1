/**
 * `@wwe-kit/core/recording`: the recording format — a session of messages between an app and
 * Workspace, as a versioned JSON document that can be committed, shared and replayed. The devtools
 * panel (`@wwe-kit/devtools`) exports it; the replaying simulator reads it. Its JSON Schema ships
 * as `@wwe-kit/core/recording.schema.json`.
 *
 * A recording holds the wire messages as they were posted (request, subscribe, unsubscribe) and
 * received (reply, error reply, event, frame id), each with its time `t` in ms since the start,
 * its direction and its kind — with user data masked ({@link MASKED}) unless its keys were listed
 * to be kept in clear, and JWT tokens never recorded.
 *
 * Version 1 (this one):
 *
 * ```json
 * {
 *   "format": "wwe-kit-recording",
 *   "version": 1,
 *   "meta": {
 *     "wweKitVersion": "0.1.0",
 *     "appUrl": "https://crm.example.com/app/",
 *     "workspaceOrigin": "https://wwe.example.com",
 *     "startedAt": "2026-01-01T09:00:00.000Z",
 *     "masking": { "mode": "user-data", "kept": [] },
 *     "messageCount": 2,
 *     "dropped": 0
 *   },
 *   "messages": [
 *     { "t": 0, "dir": "out", "kind": "request", "message": { "request": "agent.getState", "referenceId": "1", "userAgent": "WWE Client", "protocolVersion": 2 } },
 *     { "t": 4, "dir": "in", "kind": "reply", "message": { "referenceId": "1", "data": "Ready", "userAgent": "WWE Server", "protocolVersion": 2 } }
 *   ]
 * }
 * ```
 */
import pkg from '../package.json' with { type: 'json' };

/** The `format` of every recording. */
export const RECORDING_FORMAT = 'wwe-kit-recording';
/** The version of the recording format this library writes and reads (newer ones are refused). */
export const RECORDING_VERSION = 1;
/** What replaces a masked value (a user-data value, a payload value, a JWT). */
export const MASKED = '•••';
/** The version of wwe-kit that wrote a recording. */
export const WWE_KIT_VERSION: string = pkg.version;

/**
 * What a recorded message is: posted by the app (`out`: `request`, `subscribe`, `unsubscribe`) or
 * received from Workspace (`in`: `reply`, `error` — an error reply —, `event`, `frameId`, `legacy`
 * — a `"wwe…"` string message).
 *
 * @example
 * const kind: RecordedKind = 'event';
 */
export type RecordedKind =
  'request' | 'subscribe' | 'unsubscribe' | 'reply' | 'error' | 'event' | 'frameId' | 'legacy';

/** The kinds of each direction. */
const KINDS: Record<'out' | 'in', readonly RecordedKind[]> = {
  out: ['request', 'subscribe', 'unsubscribe'],
  in: ['reply', 'error', 'event', 'frameId', 'legacy'],
};

/**
 * One message of a recording.
 *
 * @example
 * const m: RecordedMessage = { t: 12, dir: 'in', kind: 'event', message: { event: 'agent', data: { eventType: 'STATE_CHANGED' }, userAgent: 'WWE Server', protocolVersion: 2 } };
 */
export interface RecordedMessage {
  /** Milliseconds since `meta.startedAt`; never decreasing along the recording. */
  t: number;
  /** `out`: posted by the app to Workspace; `in`: received from Workspace. */
  dir: 'out' | 'in';
  kind: RecordedKind;
  /** The message as on the wire (an object, or the string of a `legacy` message), masked. */
  message: unknown;
}

/**
 * How a recording's values were masked: `user-data` (the default) masks user-data values (attached
 * data, record fields, the user-data parameters of requests); `all` masks every value of every
 * payload (`parameters`, `data`, `errorMessage`), key names kept. Keys listed in `kept` stay in
 * clear either way. JWT tokens are masked whatever the mode.
 *
 * @example
 * const masking: Masking = { mode: 'user-data', kept: ['Segment'] };
 */
export interface Masking {
  mode: 'user-data' | 'all';
  kept: string[];
}

/**
 * A recording's metadata.
 *
 * @example
 * const meta: RecordingMeta = { wweKitVersion: '0.1.0', appUrl: 'https://crm.example.com/', workspaceOrigin: 'https://wwe.example.com', startedAt: '2026-01-01T09:00:00.000Z', masking: { mode: 'user-data', kept: [] }, messageCount: 0, dropped: 0 };
 */
export interface RecordingMeta {
  /** The version of wwe-kit that wrote it. */
  wweKitVersion: string;
  /** The app's URL, without its query or fragment (they may hold tokens). */
  appUrl: string;
  /** Workspace's origin, or `null` when not known (never connected). */
  workspaceOrigin: string | null;
  /** When the recording started (ISO 8601); the messages' `t` count from it. */
  startedAt: string;
  /** The frame id Workspace assigned the app, if any. */
  frameId?: string | number | null;
  /** What wrote it, e.g. `@wwe-kit/devtools` or `@wwe-kit/workspace`. */
  source?: string;
  masking: Masking;
  /** The number of messages in `messages` (a shorter list means the file was truncated). */
  messageCount: number;
  /** Messages left out at the start because the recording is bounded (0 when complete). */
  dropped: number;
}

/**
 * A recording: see `@wwe-kit/core/recording` for the format.
 *
 * @example
 * const empty: Recording = { format: 'wwe-kit-recording', version: 1, meta, messages: [] };
 */
export interface Recording {
  format: typeof RECORDING_FORMAT;
  version: typeof RECORDING_VERSION;
  meta: RecordingMeta;
  messages: RecordedMessage[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keys whose object values are user data wherever they appear. */
const USER_DATA_KEYS = new Set(['userData', 'keyValues', 'recordData', 'fields']);
/** Requests with user data among their parameters: the parameter's index. */
const USER_DATA_PARAMS: Record<string, number> = {
  'interaction.setUserData': 1,
  'voice.dial': 1,
  'voice.dialEx': 1,
  'email.create': 1,
  'interaction.singleStepTransfer': 2,
  'interaction.singleStepConference': 2,
  'interaction.consult': 2,
  'outbound.updateRecordFields': 1,
};
/** Envelope keys: never masked. */
const ENVELOPE = new Set([
  'request',
  'event',
  'referenceId',
  'userAgent',
  'protocolVersion',
  'frameId',
  'subscriptionId',
]);
/** A JSON Web Token (`header.payload.signature`, base64url, the header starting `{"`). */
const JWT = /^eyJ[\w-]{2,}\.[\w-]{2,}\.[\w-]*$/;

/**
 * Options of {@link maskMessage} and {@link createRecorder}.
 *
 * @example
 * const options: MaskOptions = { mode: 'all', keep: ['interactionId', 'state'] };
 */
export interface MaskOptions {
  /**
   * `user-data` (default) or `all`: see {@link Masking}; `none` masks only JWT tokens (for showing
   * one message on request, never for a recording).
   */
  mode?: 'user-data' | 'all' | 'none';
  /** Keys whose values stay in clear. */
  keep?: readonly string[];
  /** The message is the reply to `auth.getJwtToken`: its data is masked whatever `keep` says. */
  jwt?: boolean;
}

/**
 * A copy of a wire message with its values masked ({@link MASKED}) as `options` say: key names
 * stay, JWT tokens never do. Never throws; the input is not changed.
 *
 * @example
 * maskMessage({ request: 'interaction.setUserData', parameters: ['1', { Segment: 'gold' }], referenceId: '3' });
 * // { request: 'interaction.setUserData', parameters: ['1', { Segment: '•••' }], referenceId: '3' }
 */
export function maskMessage(message: unknown, options: MaskOptions = {}): unknown {
  const keep = new Set(options.keep ?? []);
  const all = options.mode === 'all';
  const none = options.mode === 'none';
  /** `v` masked: `clear` says whether its own value is masked when a leaf. */
  const walk = (v: unknown, depth: number, masked: boolean): unknown => {
    if (typeof v === 'string' && JWT.test(v)) return MASKED;
    if (depth > 32) return MASKED;
    if (Array.isArray(v)) return v.map((x) => walk(x, depth + 1, masked));
    if (isObject(v)) {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v))
        out[k] = keep.has(k)
          ? walk(v[k], depth + 1, false)
          : walk(v[k], depth + 1, masked || (!none && USER_DATA_KEYS.has(k) && isObject(v[k])));
      return out;
    }
    return masked && v !== null && v !== undefined ? MASKED : v;
  };
  try {
    if (typeof message === 'string') return all ? MASKED : walk(message, 0, false);
    if (!isObject(message)) return walk(message, 0, all);
    const out: Record<string, unknown> = {};
    const index =
      typeof message.request === 'string' ? USER_DATA_PARAMS[message.request] : undefined;
    for (const k of Object.keys(message)) {
      const v = message[k];
      if (ENVELOPE.has(k)) out[k] = walk(v, 0, false);
      else if (k === 'data' && options.jwt) out[k] = MASKED;
      else if (k === 'parameters' && Array.isArray(v) && index !== undefined && !all)
        out[k] = v.map((p, i) => walk(p, 1, !none && i === index && isObject(p)));
      else out[k] = keep.has(k) ? walk(v, 0, false) : walk(v, 0, all);
    }
    return out;
  } catch {
    return MASKED;
  }
}

/**
 * The kind of a wire message in direction `dir`, or `undefined` for none of the protocol's.
 *
 * @example
 * kindOf('out', { event: 'subscribe', data: ['agent'], referenceId: '1' }); // 'subscribe'
 */
export function kindOf(dir: 'out' | 'in', message: unknown): RecordedKind | undefined {
  if (typeof message === 'string') return dir === 'in' ? 'legacy' : undefined;
  if (!isObject(message)) return undefined;
  if (dir === 'out') {
    if (typeof message.request === 'string') return 'request';
    return message.event === 'subscribe' || message.event === 'unsubscribe'
      ? message.event
      : undefined;
  }
  if ('event' in message) return 'event';
  if ('referenceId' in message) return 'errorMessage' in message ? 'error' : 'reply';
  return 'frameId' in message ? 'frameId' : undefined;
}

/**
 * Options of {@link createRecorder}.
 *
 * @example
 * const options: RecorderOptions = { source: '@wwe-kit/devtools', keep: ['Segment'], maxMessages: 50_000 };
 */
export interface RecorderOptions extends Omit<MaskOptions, 'jwt'> {
  /** The app's URL (its query and fragment are removed); default `location.href`. */
  appUrl?: string;
  /** The start time (ms since the epoch); default now. */
  startedAt?: number;
  /** What writes the recording, e.g. `@wwe-kit/devtools`. */
  source?: string;
  /** At most this many messages are kept, the oldest dropped first (default 100,000). */
  maxMessages?: number;
  /** The clock, ms since the epoch; default `Date.now`. */
  now?: () => number;
}

/**
 * A recording being made: add each message as it goes out or comes in (masked on the way in, so
 * nothing unmasked is held), then take the {@link Recording}.
 *
 * @example
 * const recorder = createRecorder({ source: 'my-app' });
 * recorder.add('out', { request: 'agent.getState', referenceId: '1', userAgent: 'WWE Client', protocolVersion: 2 });
 * const file = JSON.stringify(recorder.recording({ workspaceOrigin: 'https://wwe.example.com' }));
 */
export interface Recorder {
  /** Records one message (ignored when it is none of the protocol's). */
  add(dir: 'out' | 'in', message: unknown, at?: number): void;
  /** The recording so far. */
  recording(meta?: {
    workspaceOrigin?: string | null;
    frameId?: string | number | null;
  }): Recording;
  /** Messages held. */
  readonly size: number;
  /** Forgets every message and starts again now. */
  clear(): void;
}

/** A URL without its query and fragment. */
export const withoutQuery = (url: string): string => url.replace(/[?#].*$/s, '');

/**
 * Starts a {@link Recorder}.
 *
 * @example
 * const recorder = createRecorder({ keep: ['Segment'] });
 */
export function createRecorder(options: RecorderOptions = {}): Recorder {
  const now = options.now ?? Date.now;
  const max = options.maxMessages ?? 100_000;
  const masking: Masking = {
    mode: options.mode === 'all' ? 'all' : 'user-data',
    kept: [...(options.keep ?? [])],
  };
  let start = options.startedAt ?? now();
  let messages: RecordedMessage[] = [];
  let head = 0;
  let dropped = 0;
  let last = 0;
  /** Reference ids of `auth.getJwtToken` requests: their replies are masked. */
  const jwtRefs = new Set<unknown>();
  return {
    add(dir, message, at = now()) {
      const kind = kindOf(dir, message);
      if (!kind) return;
      const m = message as Record<string, unknown>;
      let jwt = false;
      if (kind === 'request' && m.request === 'auth.getJwtToken') jwtRefs.add(m.referenceId);
      if ((kind === 'reply' || kind === 'error') && jwtRefs.delete(m.referenceId)) jwt = true;
      last = Math.max(last, Math.round(at - start));
      messages.push({
        t: last,
        dir,
        kind,
        message: maskMessage(message, { ...masking, keep: masking.kept, jwt }),
      });
      if (messages.length - head > max) {
        head++;
        dropped++;
        // Compact now and then rather than shifting on every message.
        if (head > 1024 && head * 2 > messages.length) {
          messages = messages.slice(head);
          head = 0;
        }
      }
    },
    recording(meta = {}) {
      const list = messages.slice(head);
      return {
        format: RECORDING_FORMAT,
        version: RECORDING_VERSION,
        meta: {
          wweKitVersion: WWE_KIT_VERSION,
          appUrl: withoutQuery(options.appUrl ?? globalThis.location?.href ?? ''),
          workspaceOrigin: meta.workspaceOrigin ?? null,
          startedAt: new Date(start).toISOString(),
          ...(meta.frameId !== undefined && { frameId: meta.frameId }),
          ...(options.source !== undefined && { source: options.source }),
          masking: { mode: masking.mode, kept: [...masking.kept] },
          messageCount: list.length,
          dropped,
        },
        messages: list,
      };
    },
    get size() {
      return messages.length - head;
    },
    clear() {
      messages = [];
      head = dropped = last = 0;
      start = now();
      jwtRefs.clear();
    },
  };
}

/**
 * The JSON text of a recording, in chunks (the metadata, then a few hundred messages at a time),
 * so a large session is written without building one huge string: `new Blob([...chunks])`.
 * Joined, the chunks are `JSON.stringify(recording)`.
 *
 * @example
 * const blob = new Blob([...serializeRecording(recording)], { type: 'application/json' });
 */
export function* serializeRecording(recording: Recording, chunkSize = 500): Generator<string> {
  const { messages, ...head } = recording;
  yield `${JSON.stringify(head).slice(0, -1)},"messages":[`;
  for (let i = 0; i < messages.length; i += chunkSize)
    yield (
      (i ? ',' : '') +
      messages
        .slice(i, i + chunkSize)
        .map((m) => JSON.stringify(m))
        .join(',')
    );
  yield ']}';
}

/**
 * What {@link validateRecording} says: the recording, typed; or the path of the first problem
 * (`$.messages[3].t`) and what is wrong there.
 *
 * @example
 * const result: RecordingValidation = validateRecording(JSON.parse(text));
 */
export type RecordingValidation =
  { ok: true; recording: Recording } | { ok: false; path: string; message: string };

class Invalid {
  constructor(
    readonly path: string,
    readonly message: string,
  ) {}
}
const fail = (path: string, message: string): never => {
  throw new Invalid(path, message);
};
const describe = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : `a ${typeof v}`;
const need = (ok: boolean, path: string, what: string, v: unknown) => {
  if (!ok) fail(path, `expected ${what}, found ${describe(v)}`);
};
const string = (o: Record<string, unknown>, key: string, path: string) =>
  need(typeof o[key] === 'string', `${path}.${key}`, 'a string', o[key]);
const count = (v: unknown, path: string) =>
  need(typeof v === 'number' && Number.isInteger(v) && v >= 0, path, 'a whole number ≥ 0', v);

/** Checks one message; `prev` is the previous message's time. */
function checkMessage(m: unknown, path: string, prev: number): number {
  need(isObject(m), path, 'an object', m);
  const o = m as Record<string, unknown>;
  need(
    typeof o.t === 'number' && Number.isFinite(o.t) && o.t >= 0,
    `${path}.t`,
    'a time in ms ≥ 0',
    o.t,
  );
  if ((o.t as number) < prev)
    fail(`${path}.t`, `time ${o.t as number} is before the previous message's (${prev})`);
  if (o.dir !== 'out' && o.dir !== 'in') fail(`${path}.dir`, `expected "out" or "in"`);
  const kinds = KINDS[o.dir as 'out' | 'in'];
  if (!kinds.includes(o.kind as RecordedKind))
    fail(
      `${path}.kind`,
      `expected one of ${kinds.map((k) => `"${k}"`).join(', ')} for dir "${o.dir as string}"`,
    );
  const kind = kindOf(o.dir as 'out' | 'in', o.message);
  if (kind !== o.kind)
    fail(
      `${path}.message`,
      kind
        ? `a "${kind}" message, but kind says "${o.kind as string}"`
        : `not a "${o.kind as string}" message of the protocol`,
    );
  const msg = o.message as Record<string, unknown>;
  if (kind !== 'legacy' && kind !== 'frameId' && kind !== 'event') {
    need(
      typeof msg.referenceId === 'string',
      `${path}.message.referenceId`,
      'a string',
      msg.referenceId,
    );
  }
  if (kind === 'event') string(msg, 'event', `${path}.message`);
  if (kind === 'request' && msg.parameters !== undefined)
    need(Array.isArray(msg.parameters), `${path}.message.parameters`, 'an array', msg.parameters);
  return o.t as number;
}

function check(x: unknown): Recording {
  need(isObject(x), '$', 'a recording object', x);
  const r = x as Record<string, unknown>;
  if (r.format !== RECORDING_FORMAT)
    fail(
      '$.format',
      `expected "${RECORDING_FORMAT}", found ${JSON.stringify(r.format) ?? 'nothing'}`,
    );
  need(
    typeof r.version === 'number' && Number.isInteger(r.version) && r.version >= 1,
    '$.version',
    'a whole number ≥ 1',
    r.version,
  );
  if ((r.version as number) > RECORDING_VERSION)
    fail(
      '$.version',
      `this recording is in format version ${r.version as number}, newer than the version this wwe-kit (${WWE_KIT_VERSION}) reads: ${RECORDING_VERSION}; update @wwe-kit/core`,
    );
  need(isObject(r.meta), '$.meta', 'an object', r.meta);
  const meta = r.meta as Record<string, unknown>;
  string(meta, 'wweKitVersion', '$.meta');
  string(meta, 'appUrl', '$.meta');
  if (/[?#]/.test(meta.appUrl as string))
    fail('$.meta.appUrl', 'must not hold a query or fragment');
  need(
    meta.workspaceOrigin === null || typeof meta.workspaceOrigin === 'string',
    '$.meta.workspaceOrigin',
    'a string or null',
    meta.workspaceOrigin,
  );
  string(meta, 'startedAt', '$.meta');
  if (Number.isNaN(Date.parse(meta.startedAt as string)))
    fail('$.meta.startedAt', 'expected an ISO 8601 date');
  const f = meta.frameId;
  need(
    f === undefined || f === null || typeof f === 'string' || typeof f === 'number',
    '$.meta.frameId',
    'a string, a number or null',
    f,
  );
  if (meta.source !== undefined) string(meta, 'source', '$.meta');
  need(isObject(meta.masking), '$.meta.masking', 'an object', meta.masking);
  const masking = meta.masking as Record<string, unknown>;
  if (masking.mode !== 'user-data' && masking.mode !== 'all')
    fail('$.meta.masking.mode', 'expected "user-data" or "all"');
  need(Array.isArray(masking.kept), '$.meta.masking.kept', 'an array', masking.kept);
  (masking.kept as unknown[]).forEach((k, i) =>
    need(typeof k === 'string', `$.meta.masking.kept[${i}]`, 'a string', k),
  );
  count(meta.messageCount, '$.meta.messageCount');
  count(meta.dropped, '$.meta.dropped');
  need(Array.isArray(r.messages), '$.messages', 'an array', r.messages);
  const messages = r.messages as unknown[];
  let prev = 0;
  messages.forEach((m, i) => (prev = checkMessage(m, `$.messages[${i}]`, prev)));
  if (messages.length !== meta.messageCount)
    fail(
      '$.messages',
      `expected ${meta.messageCount as number} messages (meta.messageCount), found ${messages.length}: truncated or edited?`,
    );
  return x as unknown as Recording;
}

/**
 * Checks that `x` is a recording this library reads — the parsed JSON, or its text — and says
 * where the first problem is: a file cut short, another format, a newer version (naming both
 * versions), a hand-edited message. Never throws.
 *
 * @example
 * const result = validateRecording(await file.text());
 * if (!result.ok) console.error(`${result.path}: ${result.message}`);
 * else replay(result.recording);
 */
export function validateRecording(x: unknown): RecordingValidation {
  try {
    if (typeof x === 'string') {
      try {
        x = JSON.parse(x);
      } catch (e) {
        return {
          ok: false,
          path: '$',
          message: `not JSON (truncated?): ${e instanceof Error ? e.message : String(e)}`,
        };
      }
    }
    return { ok: true, recording: check(x) };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, path: e.path, message: e.message };
    return { ok: false, path: '$', message: `unreadable: ${String(e)}` };
  }
}
