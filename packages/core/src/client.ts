import {
  WorkspaceError,
  isWorkspaceError,
  parseRateLimitMessage,
  type WorkspaceErrorCode,
} from './errors';
import type { EventData, Topic } from './events';
import { CLIENT_USER_AGENT, PROTOCOL_VERSION, classifyInbound, has } from './protocol';
import type { OutboundMessage } from './protocol';
import {
  catalogMethods,
  wireParameters,
  type MethodSpec,
  type Namespace,
  type NamespaceRequests,
  type RequestMap,
  type RequestName,
  type RequestParams,
  type RequestResult,
} from './requests';
import { allows, createConnection, type ConnectionState } from './connection';
import { createIdSource } from './ids';
import type { ReadableStore } from './store';
import type { Transport } from './transport';
import { createWindowTransport, type WindowTransportOptions } from './window-transport';

/**
 * Per-call options of every request.
 *
 * @example
 * await client.agent.getState({ timeoutMs: 2000, signal: controller.signal });
 */
export interface RequestOptions {
  /** Aborting rejects the request with `ABORTED` (Workspace may still carry it out). */
  signal?: AbortSignal;
  /** Overrides the client's timeout for this call; `0` (or more than 2^31 - 1 ms, ~24.8 days) waits for ever. */
  timeoutMs?: number;
  /**
   * Resolve with Workspace's whole reply message (less its `referenceId`) instead of its `data`,
   * as the official client's callbacks receive it; a failure's `WorkspaceError` then also carries
   * the whole error message in `reply`.
   */
  fullReply?: boolean;
}

/**
 * Options of {@link createWorkspaceClient}.
 *
 * @example
 * const options: WorkspaceClientOptions = { hostOrigin: 'https://wwe.example.com', timeoutMs: 5000 };
 */
export interface WorkspaceClientOptions {
  /**
   * The exact origin of Workspace, or the list of them (lab, UAT, production…), from the app's
   * own configuration; required unless `transport` is given. The embedding page's origin is used
   * when it is in the list; a page whose origin is not gets nothing.
   */
  hostOrigin?: string | readonly string[];
  /** `'auto'` (default): the opener if any, else the parent; or an explicit Workspace window. */
  target?: 'auto' | Window;
  /** Default timeout of requests in ms (default 10 000, as the official client). `0` = none. */
  timeoutMs?: number;
  /** Another transport, e.g. `createMemoryTransport().transport` (`@wwe-kit/core/testing`) in tests. */
  transport?: Transport;
  /** Allows `hostOrigin: '*'`. Unsafe: any window could answer. Warns once. */
  unsafeAllowAnyOrigin?: boolean;
  /** Logs message names and ids (never payloads): `true` for `console.debug`, or your logger. */
  debug?: boolean | ((message: string) => void);
  /** Receives exceptions thrown by event handlers (default: `console.error`). */
  onError?: (error: unknown, topic: string) => void;
  /** Receives legacy `"wwe..."` string messages, as the official client's `onMessage` hook. */
  onMessage?: (text: string) => void;
  /** The clock used for quarantines (ms since the epoch); default `Date.now`. */
  now?: () => number;
  /** Inbound messages holding more values than this are refused as unsafe (default 1,000,000). */
  maxPayloadNodes?: number;
  /** How long `client.connection` waits for Workspace before it says `silent` (ms, default 3000). */
  silentAfterMs?: number;
}

/**
 * Counters of a client, for diagnostics, tests and leak checks.
 *
 * @example
 * const { dropped, pending, handlers } = client.stats();
 */
export interface ClientStats {
  sent: number;
  received: number;
  /** Inbound messages refused: wrong origin or source, malformed, unsafe, or matching no request. */
  dropped: number;
  droppedBy: Record<string, number>;
  /** Requests awaiting their reply (each holds at most one timer). */
  pending: number;
  /** Topics with a host subscription (or one being set up). */
  subscriptions: number;
  /** Event handlers registered with `on()`. */
  handlers: number;
}

type Method<R> = R extends { params: infer P extends unknown[]; result: infer T }
  ? (...args: [...P, options?: RequestOptions]) => Promise<T>
  : never;

/**
 * The methods of one namespace, e.g. `client.voice`. Mapped over {@link NamespaceRequests} without
 * renaming keys, so that each method keeps its request's documentation in editors' hovers.
 */
export type NamespaceApi<NS extends Namespace> = {
  [M in keyof NamespaceRequests[NS]]: Method<NamespaceRequests[NS][M]>;
};

/** An event handler: the event's `data`, and the topic it came on. */
export type EventHandler<T extends string> = (data: EventData<T>, topic: T) => void;

/**
 * A connection to Workspace. Requests are grouped by namespace and return promises; events are
 * delivered to any number of handlers per topic.
 *
 * @example
 * const client = createWorkspaceClient({ hostOrigin: 'https://wwe.example.com' });
 * const state = await client.agent.getState();
 * const off = client.on('interaction', (e) => console.log(e.eventType, e.interaction.interactionId));
 */
export type WorkspaceClient = {
  [NS in Namespace]: NamespaceApi<NS>;
} & {
  /**
   * Sends any request by name. Known names are typed by {@link RequestMap}; other names are sent
   * as given, for requests newer than this library.
   */
  request<N extends RequestName>(
    name: N,
    parameters?: RequestParams<N>,
    options?: RequestOptions,
  ): Promise<RequestResult<N>>;
  request<R = unknown>(
    name: string,
    parameters?: readonly unknown[],
    options?: RequestOptions,
  ): Promise<R>;
  /** Adds an event handler; returns the function that removes it. */
  on<T extends Topic>(topic: T, handler: EventHandler<T>): () => void;
  /** Rejects pending requests with `DISPOSED`, withdraws subscriptions, removes every listener and timer. */
  dispose(): void;
  readonly disposed: boolean;
  /** The id Workspace assigned to this frame, once it has. */
  readonly frameId: string | number | undefined;
  stats(): ClientStats;
  /**
   * Whether Workspace answers, and if not, why and what to set: `connecting`, `connected`,
   * `not-embedded`, `origin-mismatch` or `silent` (see {@link ConnectionState}). Its first
   * subscriber starts it (one `system.getAllowedServices` request).
   */
  readonly connection: ReadableStore<ConnectionState>;
  /**
   * Whether Workspace lets this app call `request` (from `system.getAllowedServices`, fetched
   * once): `undefined` until known. A request known not to be allowed fails at once with
   * `NOT_ALLOWED` instead of waiting for an answer that never comes.
   */
  can(request: RequestName | (string & {})): boolean | undefined;
  /**
   * Calls `listener` when Workspace's window was reloaded (it assigned this frame a new id): the
   * client has already subscribed its topics again; state read before may be stale. The stores
   * fetch again by themselves. Returns the function that removes the listener.
   */
  onReconnect(listener: () => void): () => void;
};

interface Pending {
  name: string;
  full: boolean;
  resolve(v: unknown): void;
  reject(e: unknown): void;
  /** Clears the timer and the abort listener. */
  cleanup?: () => void;
}

interface TopicEntry {
  handlers: Set<(data: unknown, topic: string) => void>;
  /** `undefined` until the subscribe reply arrives. */
  subscriptionId: unknown;
  referenceId: string;
}

const SPECS = new Map<string, MethodSpec>();
const NAMESPACES = catalogMethods();
for (const [, methods] of NAMESPACES) for (const m of methods) SPECS.set(m.request, m);

/**
 * Creates a client of Workspace's Service Client API. Safe to call on a server: nothing touches
 * `window` until a request is sent (which then fails with `NOT_EMBEDDED`).
 *
 * @example
 * import { createWorkspaceClient, isWorkspaceError } from '@wwe-kit/core';
 *
 * const client = createWorkspaceClient({ hostOrigin: 'https://wwe.example.com' });
 * try {
 *   await client.interaction.setUserData('1', { Disposition: 'Sale' });
 * } catch (e) {
 *   if (isWorkspaceError(e, 'HOST_ERROR')) alert(e.message);
 * }
 */
export function createWorkspaceClient(options: WorkspaceClientOptions): WorkspaceClient {
  if (!options?.transport && options?.hostOrigin === undefined)
    throw new WorkspaceError(
      'INVALID_ARGUMENT',
      "createWorkspaceClient: give Workspace's origin(s) (hostOrigin: 'https://wwe.example.com') or a transport",
    );
  const transport = options.transport ?? createWindowTransport(options as WindowTransportOptions);
  const defaultTimeout = options.timeoutMs ?? 10_000;
  const now = options.now ?? Date.now;
  const log =
    options.debug === true
      ? // eslint-disable-next-line no-console -- debug logging is opt-in
        (m: string) => console.debug(`[wwe-kit] ${m}`)
      : typeof options.debug === 'function'
        ? options.debug
        : undefined;
  const onError =
    options.onError ??
    ((e: unknown, topic: string) => console.error(`[wwe-kit] handler of "${topic}" threw`, e));
  const nextId = createIdSource();
  const pending = new Map<string, Pending>();
  const topics = new Map<string, TopicEntry>();
  const subscribeRefs = new Map<string, string>();
  const quarantine = new Map<string, number>();
  const droppedBy: Record<string, number> = {};
  let sent = 0;
  let received = 0;
  let dropped = 0;
  let frameId: string | number | undefined;
  let disposed = false;

  const connection = createConnection({
    probe: () => request('system.getAllowedServices', [], { timeoutMs: 0 }),
    transport: () => transport.status?.(),
    selfOrigin: () => globalThis.location?.origin,
    silentAfterMs: options.silentAfterMs ?? 3000,
    log,
  });

  const drop = (reason: string) => {
    dropped++;
    droppedBy[reason] = (droppedBy[reason] ?? 0) + 1;
    log?.(`dropped (${reason})`);
  };

  /**
   * Posts `body` with the envelope every message carries (and the frame id once assigned), and
   * logs what it is (`label`) and its reference id.
   */
  const post = (body: { referenceId: string; [key: string]: unknown }, label: string) => {
    const message = {
      ...body,
      userAgent: CLIENT_USER_AGENT,
      protocolVersion: PROTOCOL_VERSION,
    } as OutboundMessage;
    if (frameId !== undefined) message.frameId = frameId;
    transport.post(message);
    sent++;
    log?.(`→ ${label} #${body.referenceId}`);
  };

  const settle = (id: string): Pending | undefined => {
    const p = pending.get(id);
    if (!p) return undefined;
    pending.delete(id);
    p.cleanup?.();
    return p;
  };

  const receive = (raw: unknown) => {
    if (disposed) return;
    received++;
    const m = classifyInbound(raw, options.maxPayloadNodes);
    if (typeof m === 'string') {
      drop(m);
      // A reply to a pending request refused as unsafe (from Workspace: the transport let only
      // its messages through) fails that request now, never with its data, rather than by
      // timeout. Its `referenceId` is read without running a getter.
      const p =
        m === 'unsafe payload' &&
        !has(raw as object, 'event') &&
        settle(Object.getOwnPropertyDescriptor(raw, 'referenceId')?.value);
      if (p) p.reject(requestError('BAD_REPLY', p.name, 'got an unsafe reply, refused'));
      return;
    }
    connection.heard();
    switch (m.kind) {
      case 'event': {
        const entry = topics.get(m.topic);
        // A topic's entry goes with its last handler.
        if (!entry) return drop('unsubscribed topic');
        log?.(`event ${m.topic}`);
        for (const h of entry.handlers) {
          try {
            h(m.data, m.topic);
          } catch (e) {
            try {
              onError(e, m.topic);
            } catch {
              /* an error reporter that throws must not break delivery */
            }
          }
        }
        return;
      }
      case 'reply':
      case 'error': {
        const ref = m.referenceId;
        const ok = m.kind === 'reply';
        const topic = subscribeRefs.get(ref);
        // A refused subscription is forgotten; its topic's handlers simply never fire.
        if (topic !== undefined)
          return ok ? onSubscribed(ref, topic, m.subscriptionId) : void subscribeRefs.delete(ref);
        const p = settle(ref);
        if (!p) return drop('unmatched referenceId');
        log?.(`← ${p.name} #${ref} ${ok ? 'ok' : 'failed'}`);
        const reply = p.full ? withoutReference(raw) : undefined;
        return ok
          ? p.resolve(p.full ? reply : m.data)
          : p.reject(hostError(p.name, m.errorMessage, reply));
      }
      case 'frameId': {
        // A new id for this frame: Workspace's window was reloaded and knows nothing of us.
        const again = frameId !== undefined && frameId !== m.frameId;
        frameId = m.frameId as string | number;
        log?.(`frameId assigned`);
        if (again) reconnect();
        return;
      }
      case 'legacy':
        options.onMessage?.(m.text);
        return;
    }
  };

  /** A `HOST_ERROR`, or `RATE_LIMITED` (which quarantines the request type it names). */
  const hostError = (name: string, errorMessage: unknown, reply?: unknown): WorkspaceError => {
    const limit = parseRateLimitMessage(errorMessage);
    const seconds = limit?.seconds;
    const retryAt = seconds === 0 ? Infinity : seconds && now() + seconds * 1000;
    if (limit) quarantine.set(limit.request, retryAt!);
    let text = '';
    try {
      text = typeof errorMessage === 'string' ? errorMessage : (JSON.stringify(errorMessage) ?? '');
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
  };

  const stop = transport.connect(receive, (reason) => !disposed && drop(reason));

  function request(
    name: string,
    parameters?: readonly unknown[],
    opts: RequestOptions = {},
  ): Promise<unknown> {
    return new Promise((resolve, reject) => {
      if (disposed) throw requestError('DISPOSED', name, 'called after dispose()');
      if (typeof name !== 'string' || !/^[\w$]+(\.[\w$]+)+$/.test(name))
        throw new WorkspaceError(
          'INVALID_ARGUMENT',
          `Not a request name: ${String(name).slice(0, 100)}`,
        );
      if (parameters !== undefined && !Array.isArray(parameters))
        throw requestError('INVALID_ARGUMENT', name, 'parameters must be an array');
      const until = quarantine.get(name)!; // an ended quarantine is overwritten by the next one
      if (now() < until)
        throw requestError('QUARANTINED', name, 'is quarantined after a rate limit', {
          retryAt: until,
        });
      if (opts.signal?.aborted) throw requestError('ABORTED', name, 'was aborted');
      const allowedList = connection.allowedServices();
      if (allowedList && !allows(allowedList, name))
        throw requestError('NOT_ALLOWED', name, 'is not allowed for this app by Workspace', {
          hint: connection.timeoutHint(name),
        });
      const spec = SPECS.get(name);
      const params = spec ? wireParameters(spec, parameters ?? []) : parameters?.slice();
      const referenceId = nextId();
      const p: Pending = { name, full: !!opts.fullReply, resolve, reject };
      pending.set(referenceId, p);
      try {
        // A no-parameter request's message carries no `parameters` key at all.
        post({ request: name, ...(params && { parameters: params }), referenceId }, name);
      } catch (e) {
        settle(referenceId);
        // The transport's errors (ORIGIN_MISMATCH, NOT_EMBEDDED…) are this request's.
        throw isWorkspaceError(e) && e.request === undefined
          ? requestError(e.code, name, `failed: ${e.message}`, { hint: e.hint, cause: e })
          : e;
      }
      const timeout = opts.timeoutMs ?? defaultTimeout;
      // Beyond 2^31 - 1 ms, timers fire at once: such a timeout means "wait for ever".
      const timer =
        timeout > 0 && timeout <= 0x7fffffff
          ? setTimeout(() => {
              settle(referenceId);
              const hint = connection.timeoutHint(name);
              connection.say(hint);
              reject(requestError('TIMEOUT', name, `got no answer within ${timeout} ms`, { hint }));
            }, timeout)
          : undefined;
      const signal = opts.signal;
      const onAbort = () => {
        settle(referenceId);
        reject(requestError('ABORTED', name, 'was aborted', { cause: signal!.reason }));
      };
      signal?.addEventListener('abort', onAbort);
      p.cleanup = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
    });
  }

  /** Posts a subscribe or unsubscribe message; not embedded, there is nothing to (un)subscribe. */
  const subscription = (
    event: 'subscribe' | 'unsubscribe',
    data: unknown,
    topic: string,
    referenceId = nextId(),
  ) => {
    try {
      post({ event, data, referenceId }, `${event} ${topic}`);
    } catch {
      /* not embedded: requests report NOT_EMBEDDED; handlers simply never fire */
    }
  };
  /** A subscription not confirmed yet is withdrawn when its reply arrives. */
  const unsubscribe = (topic: string, subscriptionId: unknown) =>
    subscriptionId !== undefined && subscription('unsubscribe', subscriptionId, topic);

  const withdraw = (topic: string, entry: TopicEntry) => {
    topics.delete(topic);
    unsubscribe(topic, entry.subscriptionId);
  };

  function onSubscribed(referenceId: string, topic: string, subscriptionId: unknown) {
    subscribeRefs.delete(referenceId);
    const entry = topics.get(topic);
    if (entry && entry.referenceId === referenceId) entry.subscriptionId = subscriptionId;
    // Every handler left (or the client was disposed) before Workspace confirmed: withdraw now.
    else unsubscribe(topic, subscriptionId);
  }

  /** Subscribes every topic again and tells the stores to fetch again. */
  function reconnect() {
    for (const [topic, entry] of topics) {
      subscribeRefs.delete(entry.referenceId);
      entry.referenceId = nextId();
      entry.subscriptionId = undefined;
      subscribeRefs.set(entry.referenceId, topic);
      subscription('subscribe', [topic], topic, entry.referenceId);
    }
    for (const l of [...reconnectListeners]) l();
  }
  const reconnectListeners = new Set<() => void>();

  function on(topic: string, handler: (data: unknown, topic: string) => void): () => void {
    if (disposed) throw new WorkspaceError('DISPOSED', `on('${topic}') after dispose()`);
    if (!topic || typeof topic !== 'string' || typeof handler !== 'function')
      throw new WorkspaceError('INVALID_ARGUMENT', 'on() takes a non-empty topic and a function');
    let entry = topics.get(topic);
    if (!entry) {
      const referenceId = nextId();
      entry = { handlers: new Set(), subscriptionId: undefined, referenceId };
      topics.set(topic, entry);
      subscribeRefs.set(referenceId, topic);
      subscription('subscribe', [topic], topic, referenceId);
    }
    // Wrap so the same function registered twice counts twice and unsubscribes once each.
    const own = (data: unknown, t: string) => handler(data, t);
    entry.handlers.add(own);
    return () => {
      const e = topics.get(topic);
      if (e?.handlers.delete(own) && !e.handlers.size) withdraw(topic, e);
    };
  }

  function dispose() {
    if (disposed) return;
    for (const [topic, entry] of topics) withdraw(topic, entry);
    disposed = true;
    for (const id of [...pending.keys()]) {
      const p = settle(id)!;
      p.reject(requestError('DISPOSED', p.name, 'got no answer before dispose()'));
    }
    topics.clear();
    subscribeRefs.clear();
    reconnectListeners.clear();
    connection.stop();
    stop();
  }

  const client: Record<string, unknown> = {
    request,
    on,
    dispose,
    get disposed() {
      return disposed;
    },
    get frameId() {
      return frameId;
    },
    connection: connection.store,
    onReconnect(listener: () => void) {
      const own = () => listener();
      reconnectListeners.add(own);
      return () => void reconnectListeners.delete(own);
    },
    can(name: string) {
      connection.start();
      const list = connection.allowedServices();
      return list && allows(list, name);
    },
    stats: (): ClientStats => ({
      sent,
      received,
      dropped,
      droppedBy: { ...droppedBy },
      pending: pending.size,
      subscriptions: topics.size,
      handlers: [...topics.values()].reduce((n, e) => n + e.handlers.size, 0),
    }),
  };
  for (const [ns, methods] of NAMESPACES) {
    const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
    for (const spec of methods) {
      api[spec.request.slice(ns.length + 1)] = (...args) =>
        request(
          spec.request,
          args.slice(0, spec.arity),
          args[spec.arity] as RequestOptions | undefined,
        );
    }
    client[ns] = api;
  }
  return client as WorkspaceClient;
}

/** The error of one request: its message starts with the request's name. */
function requestError(
  code: WorkspaceErrorCode,
  name: string,
  text: string,
  details?: object,
): WorkspaceError {
  return new WorkspaceError(code, `'${name}' ${text}`, { request: name, ...details });
}

function withoutReference(raw: unknown): Record<string, unknown> {
  const { referenceId: _, ...rest } = raw as Record<string, unknown>;
  return rest;
}

export type { RequestMap };
