import {
  OPTIONS,
  PROTOCOL_VERSION,
  filterAllows,
  filterForOrigin,
  isSafePayload,
} from '@wwe-kit/core/internal';
import { HANDLERS, simulatedRequests } from '../workspace/handlers';
import type { SimulatedWorkspace } from '../workspace/simulated-workspace';
import type { FrameKind, WorkspaceEvent } from '../workspace/types';
import { createFaults, type FaultRule } from './faults';
import {
  describeFrame,
  type AttachedFrame,
  type FrameInfo,
  type FramePeer,
  type FrameRecord,
} from './frames';
import { normalizeOptions, type WorkspaceOptions } from './ini';
import { createLog, type HostLogEntry, type HostOutcome } from './log';
import { eventReadRequest } from './event-access';
import { createRateLimiter } from './rate-limiter';
import { readSecurity } from './security';
import { readTopics, MAX_SUBSCRIPTIONS } from './subscriptions';
import { filterReadableUserData } from './user-data-access';
import { forbiddenWriteKey } from './user-data-writes';
import { listenOnWindow } from './window-listener';

/**
 * What every host message carries in `userAgent`.
 *
 * @example
 * frame.postMessage({ frameId: 'frame-1', userAgent: SERVER_USER_AGENT, protocolVersion: 2 }, origin);
 */
export const SERVER_USER_AGENT = 'WWE Server';

/**
 * Options of {@link createWorkspaceHost}.
 *
 * @example
 * const options: WorkspaceHostOptions = { window, workspace, options: { 'service-client-api.accepted-web-content-origins': '*' } };
 */
export interface WorkspaceHostOptions {
  /** The simulated desktop that answers the requests and raises the events. */
  workspace: SimulatedWorkspace;
  /** The host page's window: the host answers `message` events posted to it. */
  window?: Window;
  /** Workspace options (Genesys names → values) or INI text with an `[interaction-workspace]` section. */
  options?: WorkspaceOptions | string;
  /** Clock of rate-limit windows and quarantines (ms). Default `Date.now`. */
  now?: () => number;
  /** Gives frames shown as a tab the dial operation only, as `service-client-api.md` says. Default `false`. */
  restrictTabsToDial?: boolean;
  /** How Workspace shows a window frame. Default `'tab'`. */
  frameKind?: (source: Window, origin: string) => FrameKind;
  /**
   * Whether a window frame is visible now, asked at each of its requests (`system.amIVisible`
   * answers it): e.g. `false` for a tab behind another selected tab. Default: from the frame's
   * kind (hidden and background frames are not visible, others are).
   */
  frameVisible?: (source: Window, origin: string) => boolean;
  /**
   * Delivers an event only to frames whose origin's request filter allows the request that reads
   * the same data (`interaction` events need `interaction.getInteractions`, see the README).
   * Default `true`; `false` delivers every subscribed topic to every accepted origin.
   */
  eventsByRequestFilter?: boolean;
  /**
   * Applies `user-data.write-allowed` to the user data of requests that create an interaction
   * (`voice.dial`, `voice.dialEx`, `interaction.consult`, `email.create`). Default `true`.
   */
  writeListOnNewInteractions?: boolean;
}

/**
 * Counters of a host, for tests and leak checks.
 *
 * @example
 * expect(host.stats().frames).toBe(0);
 */
export interface HostStats {
  /** Frames the host knows (gone windows pruned). */
  frames: number;
  /** Subscriptions of every frame together. */
  subscriptions: number;
  /** Replies held back by an injected delay. */
  delayedReplies: number;
  /** Injected faults still in force. */
  faults: number;
  /** How many inbound messages had each outcome. */
  outcomes: Partial<Record<HostOutcome, number>>;
  /** Request names in rate-limit quarantine and when it ends (`Infinity`: for ever). */
  quarantines: Record<string, number>;
}

/**
 * The service side of the wire protocol, in front of a {@link SimulatedWorkspace}.
 *
 * @example
 * const host = createWorkspaceHost({ window, workspace, options: iniText });
 * host.onLog((e) => console.log(e));
 */
export interface WorkspaceHost {
  /** Registers a frame that is not a window (e.g. the in-memory transport's host end). */
  attachFrame(peer: FramePeer): AttachedFrame;
  /** Replaces the Workspace options (security options take effect for the next message). */
  setOptions(options: WorkspaceOptions | string): void;
  /** The current options. */
  getOptions(): WorkspaceOptions;
  /** Injects a fault; returns a function that removes it. */
  inject(rule: FaultRule): () => void;
  /** Removes every injected fault. */
  clearFaults(): void;
  /** Listens to every message in and out; returns an unsubscribe function. */
  onLog(listener: (entry: HostLogEntry) => void): () => void;
  /** The last messages in and out (at most 500 and about 1 MiB; oversized ones as a summary). */
  log(): HostLogEntry[];
  /** The frames the host knows, with their subscriptions. */
  frames(): FrameInfo[];
  stats(): HostStats;
  /** Stops listening, cancels delayed replies and forgets every frame. Does not dispose the workspace. */
  dispose(): void;
}

/** The quarantine of every request name the simulator does not know (their number is unbounded). */
const UNKNOWN_BUCKET = '(unknown request)';

const server = <T extends object>(m: T) => ({
  ...m,
  userAgent: SERVER_USER_AGENT,
  protocolVersion: PROTOCOL_VERSION,
});
const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  [Object.prototype, null].includes(Object.getPrototypeOf(v));

/** The kind of a client message, or `undefined` when it is none of the protocol's. */
function messageType(
  m: Record<string, unknown> | undefined,
): 'request' | 'subscribe' | 'unsubscribe' | undefined {
  if (typeof m?.request === 'string') return 'request';
  return m?.event === 'subscribe' || m?.event === 'unsubscribe' ? m.event : undefined;
}

/**
 * Creates a Workspace host: assigns frame ids, keeps subscriptions per frame, enforces the
 * security options (origins and filters, rate limits and quarantines, user-data read/write lists),
 * answers requests from the simulated workspace and delivers its events to subscribed frames.
 *
 * @example
 * const workspace = createSimulatedWorkspace();
 * const host = createWorkspaceHost({
 *   window,
 *   workspace,
 *   options: { 'service-client-api.accepted-web-content-origins': 'https://crm.example.com (agent.*, voice.dial)' },
 * });
 */
export function createWorkspaceHost(init: WorkspaceHostOptions): WorkspaceHost {
  const now = init.now ?? Date.now;
  const { workspace } = init;
  let options = normalizeOptions(init.options);
  let security = readSecurity(options);
  const limiter = createRateLimiter(now);
  const faults = createFaults();
  const log = createLog(now);
  const frames = new Map<string, FrameRecord>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const outcomes: Partial<Record<HostOutcome, number>> = {};
  let frameCounter = 0;
  let subscriptionCounter = 0;
  let disposed = false;

  const filterOf = (origin: string) => filterForOrigin(security.origins, origin);
  const allowed = (f: FrameRecord, filter: readonly string[] | null, name: string) =>
    filterAllows(filter, name) &&
    !(init.restrictTabsToDial && f.kind === 'tab' && name !== 'voice.dial');
  const readable = (withheld: Set<string>) => (key: string) => {
    const ok = security.readAllowed === null || security.readAllowed.has(key);
    if (!ok) withheld.add(key);
    return ok;
  };
  const readWithheld = (keys: Set<string>): Partial<HostLogEntry> =>
    keys.size ? { withheld: { reason: OPTIONS.readAllowed, keys: [...keys] } } : {};

  const send = (
    f: FrameRecord,
    type: HostLogEntry['type'],
    message: Record<string, unknown>,
    extra: Partial<HostLogEntry> = {},
  ) => {
    log.add({ direction: 'out', type, origin: f.origin, frameId: f.frameId, message, ...extra });
    try {
      f.post(message);
    } catch {
      /* a frame that went away */
    }
  };
  const record = (
    entry: Omit<HostLogEntry, 'seq' | 'at' | 'direction'> & { outcome: HostOutcome },
  ) => {
    outcomes[entry.outcome] = (outcomes[entry.outcome] ?? 0) + 1;
    log.add({ direction: 'in', ...entry });
  };

  const register = (f: Omit<FrameRecord, 'frameId'>): FrameRecord => {
    const frame = { ...f, frameId: `frame-${++frameCounter}` };
    frames.set(frame.frameId, frame);
    return frame;
  };
  const prune = () => {
    for (const f of frames.values()) if (f.isGone()) frames.delete(f.frameId);
  };

  function receive(f: FrameRecord, raw: unknown): void {
    try {
      receiveMessage(f, raw);
    } catch {
      // Never reached by any message the tests know of; a last guard for the host's listener.
      record({
        origin: f.origin,
        frameId: f.frameId,
        message: raw,
        type: 'invalid',
        outcome: 'invalid',
      });
    }
  }

  function receiveMessage(f: FrameRecord, raw: unknown): void {
    if (disposed || !frames.has(f.frameId)) return;
    const base = { origin: f.origin, frameId: f.frameId, message: raw };
    const m = isPlain(raw) && isSafePayload(raw) ? raw : undefined;
    const type = messageType(m);
    const ref = m?.referenceId;
    if (
      !m ||
      !type ||
      (type !== 'unsubscribe' && typeof ref !== 'string' && typeof ref !== 'number')
    )
      return record({ ...base, type: 'invalid', outcome: 'invalid' });
    const filter = filterOf(f.origin);
    const name = type === 'request' ? (m.request as string) : undefined;
    const entry = { ...base, type, referenceId: ref, ...(name ? { request: name } : {}) } as const;
    if (filter === undefined) return record({ ...entry, outcome: 'refused-origin' });
    if (!f.announced) {
      f.announced = true;
      send(f, 'frameId', server({ frameId: f.frameId }));
    }
    if (type === 'subscribe') {
      if (f.subscriptions.size >= MAX_SUBSCRIPTIONS) {
        record({ ...entry, outcome: 'error' });
        const errorMessage = `Too many subscriptions (at most ${MAX_SUBSCRIPTIONS} per frame)`;
        return send(f, 'error', server({ referenceId: ref, errorMessage }), { referenceId: ref });
      }
      const subscriptionId = String(++subscriptionCounter);
      f.subscriptions.set(subscriptionId, readTopics(m.data));
      record({ ...entry, outcome: 'answered' });
      return send(f, 'reply', server({ referenceId: ref, subscriptionId }));
    }
    if (type === 'unsubscribe') {
      const id = m.data;
      if (typeof id !== 'string' && typeof id !== 'number')
        return record({ ...entry, outcome: 'invalid' });
      f.subscriptions.delete(String(id));
      return record({ ...entry, outcome: 'answered' });
    }
    handleRequest(f, filter, name!, Array.isArray(m.parameters) ? m.parameters : [], ref, entry);
  }

  function handleRequest(
    f: FrameRecord,
    filter: readonly string[] | null,
    name: string,
    params: readonly unknown[],
    referenceId: unknown,
    entry: Omit<HostLogEntry, 'seq' | 'at' | 'direction'>,
  ): void {
    if (!allowed(f, filter, name)) return record({ ...entry, outcome: 'refused-filter' });
    const fail = (outcome: HostOutcome, errorMessage: string) => {
      record({ ...entry, outcome });
      send(f, 'error', server({ referenceId, errorMessage, request: name }), {
        request: name,
        referenceId,
      });
    };
    const verdict = limiter.check(name, security, HANDLERS.has(name) ? name : UNKNOWN_BUCKET);
    if (verdict.kind === 'quarantined') return record({ ...entry, outcome: 'quarantined' });
    if (verdict.kind === 'limited') return fail('rate-limited', verdict.errorMessage);
    const key = forbiddenWriteKey(
      name,
      params,
      security.writeAllowed,
      init.writeListOnNewInteractions ?? true,
    );
    if (key !== undefined)
      return fail(
        'forbidden-key',
        `The key '${key.slice(0, 200)}' is not allowed to be written (${OPTIONS.writeAllowed})`,
      );
    const fault = faults.take(name);
    if (fault?.fail !== undefined) return fail('error', fault.fail);
    let result: unknown;
    const withheld = new Set<string>();
    try {
      result = workspace.handleRequest(name, params, {
        frameId: f.frameId,
        origin: f.origin,
        kind: f.kind,
        options,
        allowedServices: simulatedRequests().filter((r) => allowed(f, filter, r)),
        visible: f.visible?.() ?? (f.source && init.frameVisible?.(f.source, f.origin)),
        canReadUserData: readable(withheld),
      });
    } catch (e) {
      return fail('error', e instanceof Error ? e.message : String(e));
    }
    if (fault?.drop) return record({ ...entry, outcome: 'dropped' });
    record({ ...entry, outcome: 'answered' });
    const data = filterReadableUserData(result, security.readAllowed, withheld);
    const reply = server(result === undefined ? { referenceId } : { referenceId, data });
    const about = { request: name, referenceId, ...readWithheld(withheld) };
    const delayMs = fault?.delayMs ?? 0;
    if (delayMs <= 0) return send(f, 'reply', reply, about);
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (frames.has(f.frameId)) send(f, 'reply', reply, { ...about, delayMs });
    }, delayMs);
    timers.add(timer);
  }

  function deliver(e: WorkspaceEvent): void {
    if (disposed) return;
    prune();
    const withheld = new Set<string>();
    const data = filterReadableUserData(e.data, security.readAllowed, withheld);
    const reads = eventReadRequest(e.topic);
    for (const f of frames.values()) {
      if (e.frameId !== undefined && e.frameId !== f.frameId) continue;
      if (![...f.subscriptions.values()].some((topics) => topics.includes(e.topic))) continue;
      const filter = filterOf(f.origin);
      if (filter === undefined) continue;
      if ((init.eventsByRequestFilter ?? true) && !(reads && allowed(f, filter, reads))) {
        const reason = `${OPTIONS.origins}: the filter of ${f.origin} does not allow '${reads ?? e.topic}'`;
        log.add({
          direction: 'out',
          type: 'event',
          origin: f.origin,
          frameId: f.frameId,
          topic: e.topic,
          message: { event: e.topic, eventType: (e.data as { eventType?: unknown })?.eventType },
          withheld: { reason, event: true },
        });
        continue;
      }
      send(f, 'event', server({ event: e.topic, data }), {
        topic: e.topic,
        ...readWithheld(withheld),
      });
    }
  }

  const offEvents = workspace.onEvent(deliver);
  const offWindow = init.window
    ? listenOnWindow(init.window, {
        accept: (origin) => filterOf(origin) !== undefined,
        refuse: (origin, message) =>
          record({
            origin,
            frameId: undefined,
            message,
            type: messageType(isPlain(message) ? message : undefined) ?? 'invalid',
            outcome: 'refused-origin',
          }),
        register,
        receive,
        kindOf: init.frameKind ?? (() => 'tab'),
      })
    : () => {};

  return {
    attachFrame(peer) {
      const frame = register({
        origin: peer.origin,
        kind: peer.kind ?? 'tab',
        post: (m) => peer.post(m),
        visible: peer.visible,
        subscriptions: new Map(),
        announced: false,
        isGone: () => false,
      });
      return {
        frameId: frame.frameId,
        receive: (m) => receive(frame, m),
        detach: () => void frames.delete(frame.frameId),
      };
    },
    setOptions(next) {
      options = normalizeOptions(next);
      security = readSecurity(options);
    },
    getOptions: () => ({ ...options }),
    inject: (rule) => faults.add(rule),
    clearFaults: () => faults.clear(),
    onLog: (l) => log.listen(l),
    log: () => log.entries(),
    frames: () => (prune(), [...frames.values()].map(describeFrame)),
    stats: () => {
      prune();
      return {
        frames: frames.size,
        subscriptions: [...frames.values()].reduce((n, f) => n + f.subscriptions.size, 0),
        delayedReplies: timers.size,
        faults: faults.size,
        outcomes: { ...outcomes },
        quarantines: limiter.quarantines(),
      };
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      offEvents();
      offWindow();
      for (const t of timers) clearTimeout(t);
      timers.clear();
      frames.clear();
      log.clear();
    },
  };
}
