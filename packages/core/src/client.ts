import { registerClientInternals } from './client-internals';
import { createConnection, type ConnectionState } from './connection';
import { filterAllows } from './rules';
import { createDispatch } from './dispatch';
import { WorkspaceError, isWorkspaceError } from './errors';
import type { EventData, Topic } from './events';
import { createIdSource } from './ids';
import { SPECS, createNamespaces, wire } from './namespaces';
import {
  isCallOptions,
  notOptions,
  isFullReply,
  splitArguments,
  type CallOptions,
  type SendOptions,
} from './options';
import { createPendingRequests, requestError, type Pending } from './pending';
import { CLIENT_USER_AGENT, PROTOCOL_VERSION, type OutboundMessage } from './protocol';
import { createQuarantine } from './quarantine';
import type {
  Namespace,
  NamespaceApi,
  RequestName,
  RequestParams,
  RequestResult,
} from './requests';
import type { ReadableStore } from './store';
import { createSubscriptions } from './subscriptions';
import type { Transport } from './transport';
import { createWindowTransport } from './window-transport';

export type { CallOptions, RequestOptions } from './options';

/**
 * The options every client takes, whatever its transport. {@link WorkspaceClientOptions} adds the
 * one thing it cannot do without: Workspace's origin(s) (`hostOrigin`) or a `transport`.
 *
 * @example
 * const common: WorkspaceClientOptionsBase = { timeoutMs: 5000, debug: true };
 * createWorkspaceClient({ ...common, hostOrigin: 'https://wwe.example.com' });
 */
export interface WorkspaceClientOptionsBase {
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
  /**
   * Where the connection's diagnosis goes, once, when `client.connection` (watched by a status,
   * `can()` or the devtools) finds a problem: `origin-mismatch`, `invalid-origin` or `silent` —
   * what it means and the fix (origins and the INI line, never user data). Default `true`:
   * `console.warn`; `false`: nowhere; or your logger.
   */
  warn?: boolean | ((message: string) => void);
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
 * Options of {@link createWorkspaceClient}: Workspace's origin(s) (`hostOrigin`, the
 * `postMessage` transport) or another `transport` is required, plus any of
 * {@link WorkspaceClientOptionsBase}.
 *
 * @example
 * const options: WorkspaceClientOptions = { hostOrigin: 'https://wwe.example.com', timeoutMs: 5000 };
 */
export type WorkspaceClientOptions = WorkspaceClientOptionsBase &
  ({ hostOrigin: string | readonly string[] } | { transport: Transport });

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

/**
 * An event handler: the event's `data`, and the topic it came on.
 *
 * @example
 * const onInteraction: EventHandler<'interaction'> = (e) => console.log(e.eventType);
 */
export type EventHandler<T extends string> = (data: EventData<T>, topic: T) => void;

/**
 * A connection to Workspace. Requests are grouped by namespace and return promises; events are
 * delivered to any number of handlers per topic.
 *
 * @example
 * const client = createWorkspaceClient({ hostOrigin: 'https://wwe.example.com' });
 * const state = await client.agent.getState();
 * const off = client.on('interaction', (e) => console.log(e.eventType, e.interaction?.interactionId ?? e.selectedCaseId));
 */
export type WorkspaceClient = {
  [NS in Namespace]: NamespaceApi<NS>;
} & {
  /**
   * Sends a request of the catalog by name, typed by {@link RequestMap}: a misspelt name does not
   * compile. For a request newer than this library, use {@link WorkspaceClient.requestUnknown}.
   *
   * @example
   * const sections = await client.request('configuration.getOption', [['voice.*']]);
   * const state = await client.request('agent.getState', [], withOptions({ timeoutMs: 2000 }));
   */
  request<N extends RequestName>(
    name: N,
    parameters?: RequestParams<N>,
    options?: CallOptions,
  ): Promise<RequestResult<N>>;
  /**
   * Sends a request this library does not know (newer than its catalog), by name: the name is
   * only checked to be `namespace.method`, the parameters are posted as given and the result is
   * whatever Workspace answers (type it with `R`). Known names are better sent with `request()`
   * or the namespaced methods, which are typed.
   *
   * @example
   * const ok = await client.requestUnknown<boolean>('voice.sendDtmf', ['1', '42#']);
   */
  requestUnknown<R = unknown>(
    name: string,
    parameters?: readonly unknown[],
    options?: CallOptions,
  ): Promise<R>;
  /**
   * Adds an event handler; returns the function that removes it.
   *
   * @example
   * const off = client.on('agent', (e) => console.log(e.eventType));
   */
  on<T extends Topic>(topic: T, handler: EventHandler<T>): () => void;
  /**
   * Rejects pending requests with `DISPOSED`, withdraws subscriptions, removes every listener and
   * timer.
   */
  dispose(): void;
  /**
   * Whether `dispose()` was called.
   */
  readonly disposed: boolean;
  /**
   * The id Workspace assigned to this frame, once it has.
   */
  readonly frameId: string | number | undefined;
  /**
   * Counters for diagnostics, tests and leak checks (see {@link ClientStats}).
   */
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

/** What the client tells `inspectClient` (`@wwe-kit/core/internal`). */
export type Tap = (kind: 'out' | 'in' | 'drop' | 'call', value: unknown, extra?: unknown) => void;

const NAME = /^[\w$]+(\.[\w$]+)+$/;

/**
 * The `postMessage` transport of `hostOrigin`. An unusable `hostOrigin` (missing, not an origin,
 * `'*'` not allowed) is not thrown (apps create their client at module load, where a throw is a
 * blank page): the transport then sends nothing, every request fails with its `INVALID_ARGUMENT`
 * and `client.connection` says `invalid-origin`.
 */
function windowTransport({ hostOrigin, ...rest }: WorkspaceClientOptionsBase): Transport {
  try {
    if (hostOrigin === undefined)
      throw new WorkspaceError(
        'INVALID_ARGUMENT',
        "createWorkspaceClient: give Workspace's origin(s) (hostOrigin: 'https://wwe.example.com') or a transport",
      );
    return createWindowTransport({ ...rest, hostOrigin });
  } catch (e) {
    if (!isWorkspaceError(e)) throw e;
    return {
      post() {
        throw e;
      },
      connect: () => () => {},
      status: () => ({
        embedded: true,
        allowed: [],
        origin: undefined,
        mismatch: undefined,
        invalid: e.message,
      }),
    };
  }
}

/**
 * Creates a client of Workspace's Service Client API. Safe to call on a server: nothing touches
 * `window` until a request is sent (which then fails with `NOT_EMBEDDED`). Never throws for a bad
 * `hostOrigin`: a trailing slash, upper-case host or default port is normalized; anything else
 * makes `client.connection` say `invalid-origin` and every request fail with `INVALID_ARGUMENT`.
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
  const opts: WorkspaceClientOptionsBase = options ?? {};
  const transport = opts.transport ?? windowTransport(opts);
  const defaultTimeout = opts.timeoutMs ?? 10_000;
  const log =
    opts.debug === true
      ? // eslint-disable-next-line no-console -- debug logging is opt-in
        (m: string) => console.debug(`[wwe-kit] ${m}`)
      : typeof opts.debug === 'function'
        ? opts.debug
        : undefined;
  const nextId = createIdSource();
  /** A request timed out: say why (once, in the debug log) and fail it. */
  const pending = createPendingRequests((p) => {
    const hint = connection.timeoutHint(p.name);
    connection.say(hint);
    p.reject(requestError('TIMEOUT', p.name, `got no answer within ${p.timeout} ms`, { hint }));
  });
  const now = opts.now ?? Date.now;
  const quarantine = createQuarantine(now);
  const reconnectListeners = new Set<() => void>();
  const droppedBy: Record<string, number> = {};
  let sent = 0;
  let received = 0;
  let dropped = 0;
  let frameId: string | number | undefined;
  let disposed = false;
  /** The devtools' tap (`inspectClient` of `@wwe-kit/core/internal`): every message in and out. */
  let tap: Tap | undefined;

  const connection = createConnection({
    probe: () => send('system.getAllowedServices', undefined, { timeoutMs: 0 }),
    transport: () => transport.status?.(),
    selfOrigin: () => globalThis.location?.origin,
    silentAfterMs: opts.silentAfterMs ?? 3000,
    log,
    warn:
      opts.warn === false
        ? undefined
        : typeof opts.warn === 'function'
          ? opts.warn
          : (m: string) => console.warn(`[wwe-kit] ${m}`),
  });

  const drop = (reason: string) => {
    dropped++;
    droppedBy[reason] = (droppedBy[reason] ?? 0) + 1;
    tap?.('drop', reason);
    log?.(`dropped (${reason})`);
  };

  /**
   * Posts `body` (`request` and `parameters`, or `event` and `data`) with the envelope every
   * message carries, in the official client's key order (`referenceId`, `userAgent`,
   * `protocolVersion`, then the frame id once assigned), and logs `label` and the reference id.
   */
  const post = (body: object, referenceId: string, label: string) => {
    const message = body as OutboundMessage;
    message.referenceId = referenceId;
    message.userAgent = CLIENT_USER_AGENT;
    message.protocolVersion = PROTOCOL_VERSION;
    if (frameId !== undefined) message.frameId = frameId;
    transport.post(message);
    tap?.('out', message);
    sent++;
    log?.(`→ ${label} #${referenceId}`);
  };

  const subscriptions = createSubscriptions({
    post,
    nextId,
    onError:
      opts.onError ??
      ((e: unknown, topic: string) => console.error(`[wwe-kit] handler of "${topic}" threw`, e)),
    log,
  });

  const receive = createDispatch({
    maxNodes: opts.maxPayloadNodes,
    drop,
    heard: connection.heard,
    subscriptions,
    pending,
    quarantine,
    frameId(id) {
      // A new id for this frame: Workspace's window was reloaded and knows nothing of us.
      const again = frameId !== undefined && frameId !== id;
      frameId = id;
      log?.(`frameId assigned`);
      if (again) {
        subscriptions.resubscribe();
        for (const l of [...reconnectListeners]) l();
      }
    },
    legacy: (text) => opts.onMessage?.(text),
    log,
  });

  const stop = transport.connect(
    (raw) => {
      if (disposed) return;
      received++;
      tap?.('in', raw);
      receive(raw);
    },
    (reason) => !disposed && drop(reason),
  );

  /**
   * Sends a request whose name and parameters are valid: the checks that may refuse it locally
   * (disposed, quarantined, aborted, not allowed), then one message, one pending entry and at
   * most one timer.
   */
  function send(
    name: string,
    parameters: unknown[] | undefined,
    o: SendOptions | undefined,
  ): Promise<unknown> {
    let ref: string | undefined;
    const promise = new Promise((resolve, reject) => {
      if (disposed) throw requestError('DISPOSED', name, 'called after dispose()');
      const until = quarantine.check(name);
      if (until !== undefined)
        throw requestError('QUARANTINED', name, 'is quarantined after a rate limit', {
          retryAt: until,
        });
      const signal = o?.signal;
      if (signal?.aborted) throw requestError('ABORTED', name, 'was aborted');
      const allowedList = connection.allowedServices();
      if (allowedList && !filterAllows(allowedList, name))
        throw requestError('NOT_ALLOWED', name, 'is not allowed for this app by Workspace', {
          hint: connection.timeoutHint(name),
        });
      const referenceId = (ref = nextId());
      // A no-parameter request's message carries no `parameters` key at all.
      const body: { request: string; parameters?: unknown[] } = { request: name };
      if (parameters) body.parameters = parameters;
      const p: Pending = {
        name,
        full: isFullReply(o),
        resolve,
        reject,
        timeout: o?.timeoutMs ?? defaultTimeout,
      };
      pending.add(referenceId, p, signal);
      try {
        post(body, referenceId, name);
      } catch (e) {
        pending.settle(referenceId);
        // The transport's errors (ORIGIN_MISMATCH, NOT_EMBEDDED…) are this request's.
        throw isWorkspaceError(e) && e.request === undefined
          ? requestError(e.code, name, `failed: ${e.message}`, { hint: e.hint, cause: e })
          : e;
      }
    });
    // Its outcome (reply, error, local refusal, timeout): `ref` is undefined when never sent.
    tap?.('call', promise, [name, ref]);
    return promise;
  }

  /** `request()` and `requestUnknown()`: checks the name and parameters, pads known requests. */
  function request(
    name: string,
    parameters?: readonly unknown[],
    o?: CallOptions,
  ): Promise<unknown> {
    const spec = SPECS.get(name);
    // (A disposed client says so first, whatever the arguments.)
    if (!disposed) {
      if (spec === undefined && (typeof name !== 'string' || !NAME.test(name)))
        return Promise.reject(
          new WorkspaceError(
            'INVALID_ARGUMENT',
            `Not a request name: ${String(name).slice(0, 100)}`,
          ),
        );
      if (parameters !== undefined && !Array.isArray(parameters))
        return Promise.reject(
          requestError('INVALID_ARGUMENT', name, 'parameters must be an array'),
        );
      if (o !== undefined && !isCallOptions(o)) return Promise.reject(notOptions(name));
    }
    // Options among the parameters are options too (a missing parameter in their place).
    let options = o;
    let params = parameters?.slice();
    if (params?.some(isCallOptions)) {
      const split = splitArguments(name, params, params.length);
      params = split.parameters;
      options = o ?? split.options;
    }
    return send(name, spec === undefined ? params : wire(spec, params ?? []), options);
  }

  const client = {
    ...createNamespaces(send),
    request,
    requestUnknown: request,
    on(topic: string, handler: (data: unknown, topic: string) => void): () => void {
      if (disposed) throw new WorkspaceError('DISPOSED', `on('${topic}') after dispose()`);
      return subscriptions.on(topic, handler);
    },
    dispose() {
      if (disposed) return;
      subscriptions.dispose();
      disposed = true;
      pending.rejectAll((p) => requestError('DISPOSED', p.name, 'got no answer before dispose()'));
      reconnectListeners.clear();
      connection.stop();
      stop();
    },
    get disposed() {
      return disposed;
    },
    get frameId() {
      return frameId;
    },
    connection: connection.store,
    $tap: (t: Tap | undefined) => {
      tap = t;
      return { pending: pending.map, quarantine: quarantine.until, topics: subscriptions.topics };
    },
    onReconnect(listener: () => void) {
      const own = () => listener();
      reconnectListeners.add(own);
      return () => void reconnectListeners.delete(own);
    },
    can(name: string) {
      connection.start();
      const list = connection.allowedServices();
      return list && filterAllows(list, name);
    },
    stats: (): ClientStats => ({
      sent,
      received,
      dropped,
      droppedBy: { ...droppedBy },
      pending: pending.size,
      subscriptions: subscriptions.size,
      handlers: subscriptions.handlers(),
    }),
  };
  registerClientInternals(client, { now, quarantinedUntil: quarantine.check, log });
  return client as unknown as WorkspaceClient;
}
