// @vitest-environment jsdom
/**
 * Property-based tests of the client's inbound path (issue 9).
 *
 * Each run creates a client on the real window transport (jsdom), subscribes to one topic and
 * sends a few real requests that a fake Workspace answers correctly (with result data,
 * error replies, aborts followed by late replies, out of order), interleaved with 100 hostile
 * messages dispatched as `MessageEvent`s: junk of every type, protocol-shaped messages with
 * wrong types or missing fields, prototype-pollution keys (own keys via `JSON.parse`), forged,
 * replayed and guessed `referenceId`s, messages from another window, from no window, from the
 * app's own window or from a wrong origin, and huge payloads (deep, wide, long).
 *
 * Asserted: no exception leaves the listener and no rejection goes unhandled; a hostile message
 * never settles a request, except that an unsafe one (prototype-pollution keys, too deep, too
 * large) from Workspace's window and origin carrying a pending request's `referenceId` fails
 * exactly that request with `BAD_REPLY`, exposing none of its data; a forged one (wrong source or
 * origin) is refused, counted and reaches no handler; every real request settles exactly once
 * with its own result (by identity), or with `BAD_REPLY` after such an unsafe reply;
 * `onError` receives only what event handlers threw; no prototype is polluted; with `debug` on
 * (console or logger) no log line contains a user-data sentinel; `dispose()` removes the listener.
 *
 * Reproduce a failure with `FC_SEED=<seed> [FC_PATH=<path>] pnpm exec vitest run test/property.test.ts`
 * (both printed by fast-check on failure; `FC_RUNS` overrides the number of runs, `FC_COVERAGE=1`
 * prints how often each category was exercised).
 */
import { inspect } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  createWindowTransport,
  createWorkspaceClient,
  isWorkspaceError,
  withOptions,
  type ClientStats,
} from '../src/index';
import { fullReplyOptions } from '../src/options';

const HOST_ORIGIN = 'https://wwe.example.com';
/** Hostile messages per run; NUM_RUNS × PER_RUN ≥ 100 000 by default. */
const PER_RUN = 100;
const NUM_RUNS = Number(process.env.FC_RUNS ?? 1_000);
const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
/** With FC_SEED, replays just the shrunk counterexample fast-check printed. */
const PATH = SEED === undefined ? undefined : process.env.FC_PATH;
/** Every user-data value the test sends contains this; no log line may. */
const MARK = 'S3NT1NEL';

const check = (ok: boolean, what: string) => {
  if (!ok) throw new Error(what);
};

// ---------------------------------------------------------------------------------------------
// Payload templates, built once (the client only reads them). Limits: depth 32, 20 000 nodes,
// strings of 1 MB; the "legal" ones stay well inside, the others well outside.
// ---------------------------------------------------------------------------------------------
const nest = (depth: number, leaf: unknown, asArray = false): unknown => {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { next: v };
  return v;
};
const tree = (depth: number): unknown =>
  depth === 0 ? `${MARK}-tree` : { l: tree(depth - 1), r: tree(depth - 1) };
const HUGE_BUILDERS = {
  deepLegal: () => nest(20, { userData: { SSN: `${MARK}-deep` } }),
  deepOver: () => nest(60, { userData: { SSN: `${MARK}-deep` } }),
  deepExtreme: () => nest(10_000, `${MARK}-deepest`, true),
  wideLegal: () => Array.from({ length: 10_000 }, (_, i) => (i % 97 ? i : `${MARK}-w${i}`)),
  wideArrayOver: () => Array.from({ length: 40_000 }, (_, i) => `${MARK}-${i}`),
  // Many keys holding small arrays: over the node budget (an object of 20 000+ own keys is too,
  // but for-in enumerates every key first, which costs ~16 ms a message here).
  wideObjectOver: () =>
    Object.fromEntries(
      Array.from({ length: 1_000 }, (_, i) => [`k${i}`, Array.from({ length: 25 }, () => MARK)]),
    ),
  treeOver: () => tree(15),
  longLegal: () => `${'x'.repeat(500_000)}${MARK}-long`,
  longOver: () => `${'x'.repeat(1_000_001)}${MARK}-long`,
  cyclic: () => {
    const o: Record<string, unknown> = { userData: { SSN: `${MARK}-cyc` } };
    o.self = o;
    o.list = [1, o];
    return o;
  },
};
type HugeTag = keyof typeof HUGE_BUILDERS;
const hugeCache = new Map<HugeTag, unknown>();
const huge = (tag: HugeTag) => {
  if (!hugeCache.has(tag)) hugeCache.set(tag, HUGE_BUILDERS[tag]());
  return hugeCache.get(tag);
};
const LEGAL_HUGE = ['deepLegal', 'wideLegal', 'longLegal'] as const;

/** Prototype-pollution payloads, parsed fresh each time so the keys are own keys. */
const POISON = {
  protoData: `{"userData":{"SSN":"${MARK}-p1"},"__proto__":{"polluted":"${MARK}-p1"}}`,
  protoNested: `{"interaction":{"userData":{"__proto__":{"polluted":true,"isAdmin":true}}}}`,
  protoInArray: `[1,{"__proto__":{"polluted":"${MARK}-p2"}}]`,
  protoNull: `{"__proto__":null}`,
  protoString: `{"__proto__":"${MARK}-p3"}`,
  ctorProto: `{"constructor":{"prototype":{"polluted":"${MARK}-p4","isAdmin":true}}}`,
  prototypeKey: `{"prototype":{"polluted":"${MARK}-p5"}}`,
  /** Legal: `constructor`/`prototype` keys with non-object values are plain data. */
  ctorString: `{"constructor":"x","prototype":1,"userData":{"SSN":"${MARK}-p6"}}`,
};
type PoisonTag = keyof typeof POISON;
const TOP_POISON = `{"__proto__":{"polluted":"${MARK}-top","isAdmin":true}}`;

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------
const sentinel = fc.nat(999_999).map((n) => `${MARK}-${n}`);
const leaves = [
  sentinel,
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
];
/** Keys that make a payload unsafe never appear here: real replies use it. */
const safeKey = fc.stringMatching(/^[a-z]{1,6}$/);
const safeValue = fc.anything({
  key: safeKey,
  values: leaves,
  maxDepth: 2,
  maxKeys: 3,
  withBigInt: true,
  withDate: true,
  withNullPrototype: true,
});
const anyKey = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'userData',
    'referenceId',
    'userAgent',
    'data',
    'errorMessage',
    'subscriptionId',
    'frameId',
    'request',
    'event',
  ),
);
/** Anything postMessage could carry (and a little more: Maps, boxed values, sparse arrays...). */
const junk = fc.anything({
  key: anyKey,
  values: [...leaves, fc.constantFrom('WWE Server', 'wwe', 'interaction', 'subscribe')],
  maxDepth: 2,
  maxKeys: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withTypedArray: true,
  withSparseArray: true,
});
const junkSmall = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.string({ maxLength: 6 }),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.bigInt(),
  fc.constant({}),
);

type Channel = 'host' | 'otherWindow' | 'nullSource' | 'selfSource' | 'wrongOrigin' | 'wrongBoth';
const channel = fc.oneof(
  { weight: 5, arbitrary: fc.constant<Channel>('host') },
  fc.constantFrom<Channel>('otherWindow', 'nullSource', 'selfSource', 'wrongOrigin', 'wrongBoth'),
);
const BAD_ORIGINS = [
  'https://evil.example.com',
  'http://wwe.example.com',
  'https://wwe.example.com.evil.com',
  'https://wwe.example.com:8443',
  'https://wwe.example.co',
  'HTTPS://WWE.EXAMPLE.COM',
  'null',
  '',
];

/**
 * Which `referenceId` a hostile message carries, resolved when it is sent: one of a pending
 * request (only on a forged channel, or with a defect that must make the client drop it), of a
 * settled one (replay), the next ids the client will use (guess), or a random string.
 */
const idPick = fc.record({
  k: fc.constantFrom('live', 'live', 'settled', 'next', 'random'),
  i: fc.nat(1_000),
  s: fc.oneof(
    fc.string({ maxLength: 20 }),
    fc
      .tuple(fc.bigInt(0n, 36n ** 16n - 1n), fc.nat(99))
      .map(([p, n]) => `${p.toString(36).padStart(16, '0')}-${n.toString(36)}`),
  ),
});
type IdPick = typeof idPick extends fc.Arbitrary<infer T> ? T : never;

const dataSpec = fc.oneof(
  { weight: 8, arbitrary: fc.record({ safe: safeValue, s: sentinel }) },
  { weight: 4, arbitrary: junk.map((any) => ({ any })) },
  {
    weight: 4,
    arbitrary: fc.constantFrom(...(Object.keys(POISON) as PoisonTag[])).map((poison) => ({
      poison,
    })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...(Object.keys(HUGE_BUILDERS) as HugeTag[])).map((huge) => ({
      huge,
    })),
  },
  { weight: 2, arbitrary: fc.constant({ absent: true as const }) },
);
type DataSpec = typeof dataSpec extends fc.Arbitrary<infer T> ? T : never;
const materialize = (d: DataSpec): unknown =>
  'safe' in d
    ? { userData: { SSN: d.s, [`${d.s}-key`]: d.s }, value: d.safe }
    : 'any' in d
      ? d.any
      : 'poison' in d
        ? JSON.parse(POISON[d.poison])
        : 'huge' in d
          ? huge(d.huge)
          : undefined;

const errorMessage = fc.oneof(
  sentinel.map((s) => `Workspace refused: ${s}`),
  fc.constant(''),
  safeValue,
  fc.record({ code: fc.bigInt(), detail: sentinel }),
);

const junkBody = fc.record({
  t: fc.constant('junk' as const),
  v: fc.oneof(
    { weight: 3, arbitrary: junkSmall },
    { weight: 3, arbitrary: junk },
    fc.array(junk, { maxLength: 3 }),
    fc.double(),
    fc.string({ maxLength: 30 }),
  ),
});
const legacyBody = fc.record({
  t: fc.constant('legacy' as const),
  text: fc.tuple(fc.string({ maxLength: 20 }), sentinel).map(([a, s]) => `wwe${a}${s}`),
});
const userAgent = fc.oneof(
  { weight: 8, arbitrary: fc.constant<unknown>('WWE Server') },
  fc.constantFrom<unknown>('Mozilla/5.0', 'wwe server', '', 'WWE', undefined, null, 42, [
    'WWE Server',
  ]),
);
const messageId = fc.oneof(
  { weight: 6, arbitrary: idPick.map((pick) => ({ pick })) },
  fc.constant({ absent: true as const }),
  junkSmall.map((wrong) => ({ wrong })),
);
/** The envelope of a protocol-shaped message; each shape generates only the fields it uses. */
const envelope = {
  userAgent,
  protocolVersion: fc.oneof({ weight: 4, arbitrary: fc.constant<unknown>(2) }, junkSmall),
  extra: fc.oneof(
    { weight: 4, arbitrary: fc.constant({}) },
    fc.dictionary(anyKey, junkSmall, { maxKeys: 2 }),
  ),
  topPoison: fc.oneof({ weight: 8, arbitrary: fc.constant(false) }, fc.constant(true)),
};
const protoBody = fc.oneof(
  fc.record({
    t: fc.constant('proto' as const),
    shape: fc.constant('reply' as const),
    id: messageId,
    data: dataSpec,
    ...envelope,
  }),
  fc.record({
    t: fc.constant('proto' as const),
    shape: fc.constant('error' as const),
    id: messageId,
    errorMessage,
    ...envelope,
  }),
  fc.record({
    t: fc.constant('proto' as const),
    shape: fc.constant('event' as const),
    id: fc.oneof({ weight: 4, arbitrary: fc.constant({ absent: true as const }) }, messageId),
    topic: fc.oneof(
      fc.constantFrom<unknown>('interaction', 'interaction', 'agent', '', 'x'.repeat(201), 7),
      fc.string({ maxLength: 10 }),
    ),
    data: dataSpec,
    ...envelope,
  }),
  fc.record({
    t: fc.constant('proto' as const),
    shape: fc.constant('frameId' as const),
    frameId: fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), junkSmall),
    ...envelope,
  }),
  fc.record({
    t: fc.constant('proto' as const),
    shape: fc.constant('bare' as const),
    data: dataSpec,
    ...envelope,
  }),
);
/** Defects each of which makes a message unusable as a reply, whatever it carries. */
const DEFECTS = [
  'noUserAgent',
  'badUserAgent',
  'topPoison',
  'protoData',
  'protoNested',
  'protoInArray',
  'protoNull',
  'protoString',
  'ctorProto',
  'prototypeKey',
  'deepOver',
  'deepExtreme',
  'wideArrayOver',
  'wideObjectOver',
  'treeOver',
  'longOver',
  'cyclic',
  'arrayWrap',
  'mapWrap',
  'errorWrap',
  'dateWrap',
  'badEvent',
  'eventShaped',
  'refWrapped',
  'refVariant',
] as const;
const HUGE_DEFECTS: readonly string[] = Object.keys(HUGE_BUILDERS);
/** The defects that make a message an unsafe payload (checked once it has a WWE userAgent). */
const UNSAFE_DEFECTS: ReadonlySet<string> = new Set([
  'topPoison',
  ...Object.keys(POISON).filter((d) => d !== 'ctorString'),
  ...HUGE_DEFECTS.filter((d) => !(LEGAL_HUGE as readonly string[]).includes(d)),
]);
const malformedLiveBody = fc.record({
  t: fc.constant('malformedLive' as const),
  i: fc.nat(1_000),
  defect: fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...DEFECTS.filter((d) => !HUGE_DEFECTS.includes(d))) },
    fc.constantFrom(...DEFECTS.filter((d) => HUGE_DEFECTS.includes(d))),
  ),
  error: fc.boolean(),
  v: fc.nat(3),
  s: sentinel,
});
const hostile = fc.record({
  channel,
  o: fc.nat(BAD_ORIGINS.length - 1),
  body: fc.oneof(
    { weight: 3, arbitrary: junkBody },
    { weight: 1, arbitrary: legacyBody },
    { weight: 4, arbitrary: protoBody },
    { weight: 2, arbitrary: malformedLiveBody },
  ),
});
type Hostile = typeof hostile extends fc.Arbitrary<infer T> ? T : never;

const REQUEST_NAMES = ['agent.get', 'interaction.setUserData', 'voice.dial', 'crm.custom'];
const realOp = fc.record({
  at: fc.nat(PER_RUN - 1),
  /** The reply comes `delay` hostile messages later (after the last one when past the end). */
  delay: fc.nat(PER_RUN),
  outcome: fc.constantFrom('ok', 'ok', 'ok', 'error', 'abort'),
  full: fc.boolean(),
  name: fc.constantFrom(...REQUEST_NAMES),
  extra: safeValue,
  big: fc.oneof({ weight: 8, arbitrary: fc.constant(undefined) }, fc.constantFrom(...LEGAL_HUGE)),
  errorMessage,
  signal: fc.boolean(),
  s: sentinel,
});
type RealOp = typeof realOp extends fc.Arbitrary<infer T> ? T : never;

const scenario = fc.record({
  hostile: fc.array(hostile, { minLength: PER_RUN, maxLength: PER_RUN }),
  real: fc.array(realOp, { minLength: 1, maxLength: 12 }),
  subscribeReplyAt: fc.nat(PER_RUN),
  debug: fc.constantFrom('console', 'logger'),
  throwEvery: fc.integer({ min: 1, max: 4 }),
});

// ---------------------------------------------------------------------------------------------
// The window fixture
// ---------------------------------------------------------------------------------------------
let workspaceWindow: Window;
let otherWindow: Window;
const outbox: Record<string, any>[] = [];
const listenerErrors: unknown[] = [];
const unhandled: unknown[] = [];
const consoleCalls: { method: string; args: unknown[] }[] = [];
const messageListeners = { added: [] as unknown[], removed: [] as unknown[] };
let hostileSent = 0;
/** What the runs exercised, summed: guards against generators that stop producing a category. */
const coverage: Record<string, number> = {};
const count = (k: string, n = 1) => void (coverage[k] = (coverage[k] ?? 0) + n);

const onUnhandled = (reason: unknown) => unhandled.push(reason);
const onWindowError = (e: ErrorEvent) => {
  listenerErrors.push(e.error);
  e.preventDefault();
};

const CONSOLE_METHODS = ['log', 'debug', 'info', 'warn', 'error', 'trace'] as const;
const originals: Partial<Record<string, unknown>> = {};
let add: Window['addEventListener'];
let remove: Window['removeEventListener'];

beforeAll(() => {
  const frame = (name: string) => {
    const f = document.createElement('iframe');
    f.name = name;
    document.body.append(f);
    return f.contentWindow!;
  };
  workspaceWindow = frame('workspace');
  otherWindow = frame('other');
  // The fake Workspace reads what the client posts synchronously.
  Object.defineProperty(workspaceWindow, 'postMessage', {
    configurable: true,
    value: (m: Record<string, any>) => outbox.push(m),
  });
  process.on('unhandledRejection', onUnhandled);
  window.addEventListener('error', onWindowError);
  // Plain wrappers (not vi.spyOn, whose call history would grow over 100 000 messages).
  for (const method of CONSOLE_METHODS) {
    originals[method] = console[method];
    console[method] = (...args: unknown[]) => void consoleCalls.push({ method, args });
  }
  add = window.addEventListener;
  remove = window.removeEventListener;
  window.addEventListener = function (this: Window, type: string, l: any, o?: any) {
    if (type === 'message') messageListeners.added.push(l);
    add.call(this, type, l, o);
  } as typeof add;
  window.removeEventListener = function (this: Window, type: string, l: any, o?: any) {
    if (type === 'message') messageListeners.removed.push(l);
    remove.call(this, type, l, o);
  } as typeof remove;
});

afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  window.removeEventListener('error', onWindowError);
  for (const method of CONSOLE_METHODS) (console as any)[method] = originals[method];
  window.addEventListener = add;
  window.removeEventListener = remove;
});

const deliver = (data: unknown, source: Window | null, origin: string) => {
  try {
    window.dispatchEvent(new MessageEvent('message', { data, source, origin }));
  } catch (e) {
    listenerErrors.push(e);
  }
};

const server = (m: Record<string, unknown>) => ({
  ...m,
  userAgent: 'WWE Server',
  protocolVersion: 2,
});

const protoNames = (o: object) => Object.getOwnPropertyNames(o).sort().join();
const OBJECT_PROTO = protoNames(Object.prototype);
const ARRAY_PROTO = protoNames(Array.prototype);
const notPolluted = () =>
  protoNames(Object.prototype) === OBJECT_PROTO &&
  protoNames(Array.prototype) === ARRAY_PROTO &&
  ({} as any).polluted === undefined &&
  ({} as any).isAdmin === undefined &&
  ([] as any).polluted === undefined;

const serialize = (args: unknown[]) =>
  args
    .map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 20, maxStringLength: null })))
    .join(' ');

interface Real {
  op: RealOp;
  index: number;
  id: string;
  data: Record<string, unknown>;
  controller: AbortController | undefined;
  /** An unsafe reply with its id came through the genuine channel first: it failed with BAD_REPLY. */
  badReply: boolean;
  settled: number;
  result: { ok: true; value: unknown } | { ok: false; error: any } | undefined;
}

// ---------------------------------------------------------------------------------------------
// One run
// ---------------------------------------------------------------------------------------------
async function run(s: typeof scenario extends fc.Arbitrary<infer T> ? T : never) {
  outbox.length = 0;
  consoleCalls.length = 0;
  listenerErrors.length = 0;
  unhandled.length = 0;
  messageListeners.added.length = 0;
  messageListeners.removed.length = 0;
  const lines: string[] = [];
  const legacy: string[] = [];
  const errors: [unknown, string][] = [];
  const BOOM = new Error('handler failed');
  let handlerCalls = 0;
  let handlerThrows = 0;

  const client = createWorkspaceClient({
    transport: createWindowTransport({ hostOrigin: HOST_ORIGIN, target: workspaceWindow }),
    debug: s.debug === 'console' ? true : (m) => lines.push(m),
    onError: (e, topic) => errors.push([e, topic]),
    onMessage: (text) => legacy.push(text),
    timeoutMs: 120_000,
    // The hostile payloads below are built against this budget (cheaper than the default's).
    maxPayloadNodes: 20_000,
  });
  try {
    await exercise();
  } finally {
    // A failed run must not leave its client listening while fast-check shrinks.
    client.dispose();
  }

  /** The run proper: sends the scenario's messages, then checks what the app saw. */
  async function exercise() {
    check(messageListeners.added.length === 1, 'the client listens once');

    // Reference ids the client used: prefix and highest counter, pending and settled ones.
    let prefix = '';
    let maxN = -1;
    let seen = 0;
    const live: string[] = [];
    const settled: string[] = [];
    const track = () => {
      for (; seen < outbox.length; seen++) {
        const id = String(outbox[seen]!.referenceId);
        const dash = id.lastIndexOf('-');
        prefix = id.slice(0, dash);
        maxN = Math.max(maxN, parseInt(id.slice(dash + 1), 36));
      }
    };
    const settle = (id: string) => {
      const i = live.indexOf(id);
      check(i !== -1, 'settled a request that was not pending');
      live.splice(i, 1);
      settled.push(id);
    };

    const off = client.on('interaction', () => {
      handlerCalls++;
      if (handlerCalls % s.throwEvery === 0) {
        handlerThrows++;
        throw BOOM;
      }
    });
    track();
    let reloads = 0;
    client.onReconnect(() => reloads++);
    const subscribeRef = String(outbox[0]!.referenceId);
    check(outbox[0]!.event === 'subscribe', 'subscribed');
    live.push(subscribeRef);

    const resolveId = (p: IdPick, forged: boolean): string => {
      let k = p.k;
      if (k === 'live' && (!forged || live.length === 0)) k = 'settled';
      if (k === 'settled' && settled.length === 0) k = 'next';
      if (k === 'live') return live[p.i % live.length]!;
      if (k === 'settled') return settled[p.i % settled.length]!;
      if (k === 'next') return `${prefix}-${(maxN + 1 + (p.i % 5)).toString(36)}`;
      return p.s;
    };

    const buildProto = (b: Extract<Hostile['body'], { t: 'proto' }>, forged: boolean) => {
      const m: Record<string, unknown> = {
        ...(b.topPoison ? JSON.parse(TOP_POISON) : {}),
        ...b.extra,
      };
      if (b.userAgent !== undefined) m.userAgent = b.userAgent;
      if (b.protocolVersion !== undefined) m.protocolVersion = b.protocolVersion;
      if ('id' in b) {
        if ('pick' in b.id) m.referenceId = resolveId(b.id.pick, forged);
        else if ('wrong' in b.id) m.referenceId = b.id.wrong;
      }
      if (b.shape === 'error') {
        m.errorMessage = b.errorMessage;
        m.request = 'agent.get';
      } else if (b.shape === 'frameId') m.frameId = b.frameId;
      else {
        if (b.shape === 'event') m.event = b.topic;
        if (!('absent' in b.data)) m.data = materialize(b.data);
      }
      return m;
    };

    const buildMalformed = (b: Extract<Hostile['body'], { t: 'malformedLive' }>, id: string) => {
      const base: Record<string, unknown> = server({
        referenceId: id,
        data: { userData: { SSN: b.s } },
      });
      if (b.error) base.errorMessage = `refused ${b.s}`;
      const d = b.defect;
      switch (d) {
        case 'noUserAgent':
          delete base.userAgent;
          return base;
        case 'badUserAgent':
          base.userAgent = ['Mozilla/5.0', 'wwe server', 42, ['WWE Server']][b.v];
          return base;
        case 'topPoison':
          return { ...JSON.parse(TOP_POISON), ...base };
        case 'arrayWrap':
          return [base];
        case 'mapWrap':
          return new Map(Object.entries(base));
        case 'errorWrap':
          return Object.assign(new Error(b.s), base);
        case 'dateWrap':
          return Object.assign(new Date(0), base);
        case 'badEvent':
          base.event = [7, '', 'x'.repeat(201), null][b.v];
          return base;
        case 'eventShaped':
          base.event = 'interaction';
          return base;
        case 'refWrapped':
          base.referenceId = [[id], { id }, 1, null][b.v];
          return base;
        case 'refVariant':
          base.referenceId = [`${id} `, ` ${id}`, `${id}\u200b`, `${id}-0`][b.v];
          return base;
        default:
          base.data = d in POISON ? JSON.parse(POISON[d as PoisonTag]) : huge(d as HugeTag);
          return base;
      }
    };

    const sendHostile = (h: Hostile) => {
      const forged = h.channel !== 'host';
      // Unsafe defects name a live id one time in four (each such message through the genuine
      // channel fails that request), else the subscription's, so that most real requests still
      // get their own reply.
      const liveId =
        h.body.t === 'malformedLive' && UNSAFE_DEFECTS.has(h.body.defect) && h.body.v > 0
          ? subscribeRef
          : h.body.t === 'malformedLive' && live.length
            ? live[h.body.i % live.length]!
            : `${prefix}-${(maxN + 1).toString(36)}`;
      const message =
        h.body.t === 'junk'
          ? h.body.v
          : h.body.t === 'legacy'
            ? h.body.text
            : h.body.t === 'proto'
              ? buildProto(h.body, forged)
              : buildMalformed(h.body, liveId);
      // Through the genuine channel, an unsafe malformed message fails the request it names.
      const unsafe = !forged && h.body.t === 'malformedLive' && UNSAFE_DEFECTS.has(h.body.defect);
      const victim = unsafe ? reals.find((r) => r.id === liveId && live.includes(r.id)) : undefined;
      const source =
        h.channel === 'host' || h.channel === 'wrongOrigin'
          ? workspaceWindow
          : h.channel === 'otherWindow' || h.channel === 'wrongBoth'
            ? otherWindow
            : h.channel === 'selfSource'
              ? window
              : null;
      const origin =
        h.channel === 'wrongOrigin' || h.channel === 'wrongBoth' ? BAD_ORIGINS[h.o]! : HOST_ORIGIN;
      const before = client.stats();
      const calls = handlerCalls;
      const legacyCount = legacy.length;
      const frameId = client.frameId;
      deliver(message, source, origin);
      hostileSent++;
      count(forged ? `forged:${h.channel}` : `host:${h.body.t}`);
      if (h.body.t === 'malformedLive') count(`defect:${h.body.defect}`);
      if (h.body.t === 'proto' && 'data' in h.body) count(`data:${Object.keys(h.body.data)[0]}`);
      const after = client.stats();
      if (victim) {
        check(after.pending === before.pending - 1, 'an unsafe reply did not fail its request');
        victim.badReply = true;
        settle(victim.id);
        count('real:badReply');
      } else check(after.pending === before.pending, 'a hostile message settled a request');
      if (unsafe)
        check(
          after.droppedBy['unsafe payload'] === (before.droppedBy['unsafe payload'] ?? 0) + 1,
          'an unsafe message was not counted as unsafe',
        );
      if (forged) {
        const reason = source === workspaceWindow ? 'origin' : 'source';
        check(
          after.dropped === before.dropped + 1 &&
            after.droppedBy[reason] === (before.droppedBy[reason] ?? 0) + 1 &&
            after.received === before.received,
          `a forged message (${h.channel}) was not refused for its ${reason}`,
        );
        check(
          handlerCalls === calls && legacy.length === legacyCount && client.frameId === frameId,
          'a forged message reached the app',
        );
      } else check(after.received === before.received + 1, 'a host message was not received');
    };

    // Real requests.
    const reals: Real[] = [];
    const issue = (op: RealOp) => {
      const index = reals.length;
      const controller = op.signal || op.outcome === 'abort' ? new AbortController() : undefined;
      const params =
        op.name === 'agent.get' ? undefined : ['1', { SSN: op.s, [op.s]: op.s }, { note: op.s }];
      const posted = outbox.length;
      const promise = client.requestUnknown(
        op.name,
        params,
        (op.full ? fullReplyOptions : withOptions)({ signal: controller?.signal }),
      );
      check(outbox.length === posted + 1, 'a request was posted');
      track();
      const r: Real = {
        op,
        index,
        id: String(outbox[posted]!.referenceId),
        data: { n: index, userData: { SSN: op.s, [`${op.s}-key`]: op.s }, extra: op.extra },
        controller,
        badReply: false,
        settled: 0,
        result: undefined,
      };
      if (op.big) r.data.big = huge(op.big);
      promise.then(
        (value) => {
          r.settled++;
          r.result = { ok: true, value };
        },
        (error) => {
          r.settled++;
          r.result = { ok: false, error };
        },
      );
      reals.push(r);
      live.push(r.id);
    };
    const answer = (r: Real) => {
      const before = client.stats();
      if (r.badReply) {
        // Already failed: aborting does nothing, and Workspace's real reply matches nothing.
        r.controller?.abort();
        deliver(server({ referenceId: r.id, data: r.data }), workspaceWindow, HOST_ORIGIN);
        const after = client.stats();
        check(
          after.pending === before.pending &&
            after.droppedBy['unmatched referenceId'] ===
              (before.droppedBy['unmatched referenceId'] ?? 0) + 1,
          'a reply after BAD_REPLY is dropped',
        );
        return;
      }
      if (r.op.outcome === 'abort') {
        r.controller!.abort();
        check(client.stats().pending === before.pending - 1, 'abort settles the request');
        settle(r.id);
        // Workspace carried the request out anyway: its late reply matches nothing.
        deliver(server({ referenceId: r.id, data: r.data }), workspaceWindow, HOST_ORIGIN);
        const after = client.stats();
        check(
          after.droppedBy['unmatched referenceId'] ===
            (before.droppedBy['unmatched referenceId'] ?? 0) + 1,
          'a late reply after abort is dropped',
        );
        return;
      }
      deliver(
        r.op.outcome === 'ok'
          ? server({ referenceId: r.id, data: r.data })
          : server({ referenceId: r.id, errorMessage: r.op.errorMessage, request: r.op.name }),
        workspaceWindow,
        HOST_ORIGIN,
      );
      check(
        client.stats().pending === before.pending - 1,
        `the reply to request #${r.index} settled it`,
      );
      settle(r.id);
    };
    const subscribeReply = () => {
      const before = client.stats();
      // Workspace may have assigned a new frame id meanwhile (a reload): the client then
      // subscribed again, and the reply expected is the one to its latest subscribe.
      const latest = String(outbox.filter((m) => m.event === 'subscribe').at(-1)!.referenceId);
      deliver(
        server({ referenceId: latest, subscriptionId: 'sub-1' }),
        workspaceWindow,
        HOST_ORIGIN,
      );
      // (After a reload a host message may already have answered the new subscribe.)
      check(
        client.stats().dropped === before.dropped || reloads > 0,
        'the subscribe reply is taken',
      );
      if (live.includes(latest)) settle(latest);
    };

    // The schedule: at step i, issue the requests due, deliver the replies due, then one hostile message.
    const due = new Map<number, (() => void)[]>();
    const at = (step: number, f: () => void) => {
      const k = Math.min(step, PER_RUN);
      due.set(k, [...(due.get(k) ?? []), f]);
    };
    at(s.subscribeReplyAt, subscribeReply);
    const byStep = new Map<number, RealOp[]>();
    for (const op of s.real) byStep.set(op.at, [...(byStep.get(op.at) ?? []), op]);
    for (let i = 0; i <= PER_RUN; i++) {
      for (const op of byStep.get(i) ?? []) {
        const before = reals.length;
        issue(op);
        const r = reals[before]!;
        at(i + op.delay, () => answer(r));
      }
      for (const f of due.get(i) ?? []) f();
      if (i < PER_RUN) sendHostile(s.hostile[i]!);
    }
    for (let i = 0; i < 10; i++) await Promise.resolve();

    // Every real request settled exactly once, with its own result.
    for (const r of reals) {
      check(r.settled === 1, `request #${r.index} settled ${r.settled} times`);
      const res = r.result!;
      if (r.badReply) {
        const e = (res as { error?: any }).error;
        check(!res.ok && isWorkspaceError(e, 'BAD_REPLY'), `request #${r.index}: not BAD_REPLY`);
        check(e.request === r.op.name, `request #${r.index}'s error names another request`);
        check(
          e.hostMessage === undefined && e.reply === undefined && !String(e.message).includes(MARK),
          `request #${r.index}'s BAD_REPLY exposes the unsafe reply`,
        );
      } else if (r.op.outcome === 'ok') {
        check(res.ok, `request #${r.index} failed: ${res.ok ? '' : String(res.error)}`);
        const v = (res as { value: any }).value;
        if (r.op.full)
          check(
            v.data === r.data && v.userAgent === 'WWE Server' && !('referenceId' in v),
            `request #${r.index} got another full reply`,
          );
        else check(v === r.data, `request #${r.index} got another result`);
      } else {
        check(!res.ok, `request #${r.index} resolved`);
        const e = (res as { error: any }).error;
        const code = r.op.outcome === 'abort' ? 'ABORTED' : 'HOST_ERROR';
        check(
          isWorkspaceError(e, code),
          `request #${r.index} failed with ${String(e)}, not ${code}`,
        );
        check(e.request === r.op.name, `request #${r.index}'s error names another request`);
        if (code === 'HOST_ERROR') {
          check(Object.is(e.hostMessage, r.op.errorMessage), `request #${r.index}: other error`);
          if (r.op.full) check(e.reply?.errorMessage === r.op.errorMessage, 'full error reply');
        }
      }
    }
    const stats: ClientStats = client.stats();
    check(stats.pending === 0, 'no request is left pending');
    check(stats.handlers === 1 && stats.subscriptions === 1, 'the one handler is registered');

    // onError only for what the handler threw.
    check(
      errors.length === handlerThrows &&
        errors.every(([e, t]) => e === BOOM && t === 'interaction'),
      'onError received something other than handler exceptions',
    );
    check(
      legacy.every((t) => t.startsWith('wwe')),
      'onMessage received a non-legacy message',
    );

    for (const [reason, n] of Object.entries(stats.droppedBy)) count(`dropped:${reason}`, n);
    for (const r of reals)
      if (!r.badReply) count(`real:${r.op.outcome}${r.op.full ? ':full' : ''}`);
    count('handler calls', handlerCalls);
    count('onError', errors.length);
    count('legacy', legacy.length);

    // Withdraw, dispose: the one listener goes.
    off();
    client.dispose();
    check(
      messageListeners.removed.length === 1 &&
        messageListeners.removed[0] === messageListeners.added[0],
      'dispose removes the message listener',
    );
    check(client.stats().handlers === 0 && client.stats().subscriptions === 0, 'nothing left');

    // Nothing escaped, nothing polluted, nothing logged with user data.
    check(listenerErrors.length === 0, `an exception escaped: ${String(listenerErrors[0])}`);
    check(unhandled.length === 0, `an unhandled rejection: ${String(unhandled[0])}`);
    check(notPolluted(), 'a prototype was polluted');
    const logged = [...lines, ...consoleCalls.map((c) => serialize(c.args))];
    const leak = logged.find((l) => l.includes(MARK));
    check(leak === undefined, `user data was logged: ${leak?.slice(0, 200)}`);
    check(
      consoleCalls.every((c) => c.method === 'debug') &&
        (s.debug === 'console'
          ? consoleCalls.length > 0
          : consoleCalls.length === 0 && lines.length > 0),
      'debug logging goes only where it was asked to',
    );
  }
}

describe('inbound messages (property-based)', () => {
  test(`${NUM_RUNS} runs × ${PER_RUN} hostile messages interleaved with real requests`, async () => {
    hostileSent = 0;
    await fc.assert(fc.asyncProperty(scenario, run), {
      numRuns: NUM_RUNS,
      ...(SEED === undefined ? {} : { seed: SEED }),
      ...(PATH === undefined ? {} : { path: PATH }),
    });
    expect(hostileSent).toBeGreaterThanOrEqual(NUM_RUNS * PER_RUN);
    if (process.env.FC_COVERAGE) (originals.log as typeof console.log)(coverage);
    // Every category was exercised (bounds far below the expected counts, scaled to the runs).
    const atLeast = (k: string, perThousandRuns: number) =>
      expect(coverage[k] ?? 0, k).toBeGreaterThanOrEqual((perThousandRuns * NUM_RUNS) / 1_000);
    for (const k of ['otherWindow', 'nullSource', 'selfSource', 'wrongOrigin', 'wrongBoth'])
      atLeast(`forged:${k}`, 1_000);
    for (const k of ['source', 'origin', 'unmatched referenceId', 'unsafe payload'])
      atLeast(`dropped:${k}`, 1_000);
    for (const k of ['not an object', 'not a plain object', 'no WWE userAgent', 'bad referenceId'])
      atLeast(`dropped:${k}`, 200);
    for (const d of DEFECTS) atLeast(`defect:${d}`, 20);
    for (const k of ['safe', 'any', 'poison', 'huge']) atLeast(`data:${k}`, 200);
    for (const k of ['real:ok', 'real:ok:full', 'real:error', 'real:error:full', 'real:abort'])
      atLeast(k, 200);
    atLeast('real:badReply', 200);
    for (const k of ['handler calls', 'onError', 'legacy']) atLeast(k, 200);
    expect(listenerErrors).toEqual([]);
    expect(unhandled).toEqual([]);
  }, 300_000);

  test('messages are delivered by reference, so results can be checked by identity', () => {
    let got: unknown;
    const l = (e: MessageEvent) => (got = e.data);
    window.addEventListener('message', l);
    const data = { a: 1 };
    deliver(data, workspaceWindow, HOST_ORIGIN);
    window.removeEventListener('message', l);
    expect(got).toBe(data);
  });
});
