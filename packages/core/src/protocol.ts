/** What the official client puts in `userAgent` of every message. */
export const CLIENT_USER_AGENT = 'WWE Client';
/** The protocol version every message carries. */
export const PROTOCOL_VERSION = 2;

/**
 * A request as posted to Workspace.
 *
 * @example
 * const m: RequestMessage = { request: 'voice.dial', parameters: ['5001', null], referenceId: 'a1', userAgent: 'WWE Client', protocolVersion: 2 };
 */
export interface RequestMessage {
  request: string;
  parameters?: unknown[];
  referenceId: string;
  userAgent: string;
  protocolVersion: number;
  frameId?: unknown;
}

/**
 * A subscribe or unsubscribe message as posted to Workspace.
 *
 * @example
 * const m: SubscriptionMessage = { event: 'subscribe', data: ['agent'], referenceId: 'a2', userAgent: 'WWE Client', protocolVersion: 2 };
 */
export interface SubscriptionMessage {
  event: 'subscribe' | 'unsubscribe';
  data: unknown;
  referenceId: string;
  userAgent: string;
  protocolVersion: number;
  frameId?: unknown;
}

/** Anything the client posts. */
export type OutboundMessage = RequestMessage | SubscriptionMessage;

/**
 * A message from Workspace, classified once at the edge by {@link classifyInbound}.
 *
 * @example
 * const m = classifyInbound(event.data);
 * if (m?.kind === 'event') console.log(m.topic, m.data);
 */
export type InboundMessage =
  | { kind: 'event'; topic: string; data: unknown }
  | { kind: 'error'; referenceId: string; errorMessage: unknown; request: unknown }
  | { kind: 'reply'; referenceId: string; data: unknown; subscriptionId: unknown }
  | { kind: 'frameId'; frameId: unknown }
  | { kind: 'legacy'; text: string };

/** `Object.hasOwn`, shared by the modules of the core. */
export const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
/** Whether an object's prototype is `Object.prototype` or `null`. */
const isPlain = (o: object): boolean => {
  const proto = Object.getPrototypeOf(o);
  return proto === Object.prototype || proto === null;
};
/**
 * By default a payload of more values than this is refused. Typical Workspace payloads hold a few
 * hundred; a `getInteractions` reply with 1,000 interactions and large attached data holds tens of
 * thousands. Lower it with the client's `maxPayloadNodes` option.
 */
export const MAX_NODES = 1_000_000;
/** A payload nested deeper than this is refused (and so are cycles). */
export const MAX_DEPTH = 32;

/**
 * Whether a structured-clone payload is safe to hand to the app: no prototype-pollution keys,
 * no cycles, at most {@link MAX_DEPTH} levels and `maxNodes` values (default {@link MAX_NODES}),
 * no string over 1 MB.
 * Runs in time linear in the payload and never throws.
 *
 * @example
 * isSafePayload(JSON.parse('{"__proto__": {"admin": true}}')); // false
 */
export function isSafePayload(value: unknown, maxNodes = MAX_NODES): boolean {
  try {
    return walk(value, 0, maxNodes) >= 0;
  } catch {
    return false;
  }
}

/**
 * Checks `v` at `depth` with `budget` values left to visit: returns the budget left, or -1 when
 * `v` is unsafe. No closure and no shared state: one small recursive function, cheap for the few
 * values of a typical reply.
 */
function walk(v: unknown, depth: number, budget: number): number {
  if (--budget < 0) return -1;
  if (typeof v === 'string') return v.length > 1_000_000 ? -1 : budget;
  if (typeof v !== 'object' || v === null)
    return typeof v === 'function' || typeof v === 'symbol' ? -1 : budget;
  // A cycle is refused as too deep.
  if (depth++ > MAX_DEPTH) return -1;
  if (Array.isArray(v)) {
    if (v.length > budget) return -1;
    for (let i = 0; i < v.length && budget >= 0; i++) budget = walk(v[i], depth, budget);
    return budget;
  }
  // Dates, Maps, typed arrays... are inert data; anything else is refused.
  if (!isPlain(v)) return v instanceof Date ? budget : -1;
  // An own "__proto__" created by structured clone or JSON.parse is not enumerable by for-in
  // in every engine; check it explicitly. `constructor` and `prototype` holding objects are
  // never legitimate in a Workspace payload either: they are how prototypes get polluted.
  if (has(v, '__proto__')) return -1;
  // Own enumerable keys: what for-in filtered by hasOwnProperty gives, without walking the
  // prototype chain (much cheaper on freshly deserialized objects, which share no enum cache).
  const keys = Object.keys(v);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const child = (v as Record<string, unknown>)[key];
    if ((key === 'constructor' || key === 'prototype') && typeof child === 'object' && child)
      return -1;
    if ((budget = walk(child, depth, budget)) < 0) return -1;
  }
  return budget;
}

/**
 * Classifies one inbound message exactly as the protocol table says, or returns a reason string
 * when the message is malformed or unsafe. Never throws.
 *
 * @example
 * classifyInbound({ referenceId: 'a1', data: 3, userAgent: 'WWE Server', protocolVersion: 2 });
 * // { kind: 'reply', referenceId: 'a1', data: 3, subscriptionId: undefined }
 */
export function classifyInbound(raw: unknown, maxNodes = MAX_NODES): InboundMessage | string {
  if (typeof raw === 'string') {
    return raw.startsWith('wwe') && raw.length < 100_000
      ? { kind: 'legacy', text: raw }
      : 'not a protocol string';
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'not an object';
  if (!isPlain(raw)) return 'not a plain object';
  const m = raw as Record<string, unknown>;
  if (typeof m.userAgent !== 'string' || !m.userAgent.includes('WWE')) return 'no WWE userAgent';
  if (!isSafePayload(raw, maxNodes)) return 'unsafe payload';
  if (has(m, 'event')) {
    const topic = m.event;
    return typeof topic === 'string' && topic && topic.length <= 200
      ? { kind: 'event', topic, data: m.data }
      : 'bad event name';
  }
  if (has(m, 'referenceId')) {
    if (typeof m.referenceId !== 'string') return 'bad referenceId';
    if (has(m, 'errorMessage'))
      return {
        kind: 'error',
        referenceId: m.referenceId,
        errorMessage: m.errorMessage,
        request: m.request,
      };
    return {
      kind: 'reply',
      referenceId: m.referenceId,
      data: m.data,
      subscriptionId: m.subscriptionId,
    };
  }
  if (has(m, 'frameId')) {
    const f = m.frameId;
    if (typeof f !== 'string' && typeof f !== 'number') return 'bad frameId';
    return { kind: 'frameId', frameId: f };
  }
  return 'unrecognized message';
}
