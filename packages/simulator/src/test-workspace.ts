import {
  createWorkspaceClient,
  type Transport,
  type WorkspaceClient,
  type WorkspaceClientOptions,
} from '@wwe-kit/core';
import { OPTIONS } from '@wwe-kit/core/internal';
import { createMemoryTransport } from '@wwe-kit/core/testing';
import {
  createReplayTestWorkspace,
  type ReplayTestWorkspace,
  type ReplayTestWorkspaceOptions,
} from './replay/replay-test-workspace';
import { createWorkspaceHost, type WorkspaceHost, type WorkspaceHostOptions } from './host/host';
import type { WorkspaceOptions } from './host/ini';
import { normalizeOptions } from './host/ini';
import { createTraffic } from './traffic';
import { createManualClock, type ManualClock } from './workspace/clock';
import { createSimulatedWorkspace, type SimulatedWorkspace } from './workspace/simulated-workspace';
import type { FrameKind, WorkspaceSeed } from './workspace/types';

/**
 * Options of {@link createTestWorkspace}.
 *
 * @example
 * createTestWorkspace({ options: { 'service-client-api.rate-limit.voice.dial': '4' }, client: { timeoutMs: 100 } });
 */
export interface TestWorkspaceOptions {
  /** Workspace options, laid over the default that accepts `origin` for every request. */
  options?: WorkspaceOptions | string;
  /** The client's origin as the host sees it. Default `"http://localhost"`. */
  origin?: string;
  seed?: WorkspaceSeed;
  /** Options of the `@wwe-kit/core` client (its `transport` is the in-memory one). */
  client?: Partial<WorkspaceClientOptions>;
  /** How Workspace shows the client. Default `'tab'`. */
  kind?: FrameKind;
  /** Host options: `restrictTabsToDial`, `eventsByRequestFilter`, `writeListOnNewInteractions`. */
  host?: Pick<
    WorkspaceHostOptions,
    'restrictTabsToDial' | 'eventsByRequestFilter' | 'writeListOnNewInteractions'
  >;
}

/**
 * A `@wwe-kit/core` client linked to a simulated workspace through the in-memory transport.
 * `clock` drives the workspace, the host's rate limits and the client's quarantines.
 *
 * @example
 * const t = createTestWorkspace();
 * t.clock.advance(60_000);
 * t.dispose();
 */
export interface TestWorkspace {
  client: WorkspaceClient;
  workspace: SimulatedWorkspace;
  host: WorkspaceHost;
  clock: ManualClock;
  /**
   * Resolves once the client and the simulated Workspace are quiet: every message posted either
   * way has been delivered, every reply has reached its request, every event its handlers, and
   * the core stores (and what they feed: hooks, composables, signals) are up to date, however
   * many hops a flow takes (a driver call, a request it triggers, the event that follows...). One
   * `await t.settled()` after a driver call or a click is enough.
   *
   * It waits in rounds of one timer turn (`setTimeout(0)`; microtask turns when `setTimeout` is
   * faked) until a round passes with no new message, and rejects after 1,000 busy rounds (an
   * endless request/event loop). It does not wait for what Workspace itself holds back: replies
   * delayed with `host.inject({ delayMs })`, or requests that get no reply (refused, dropped,
   * quarantined). Then renders are the framework's: React `act`, Vue's DOM updates are already
   * flushed, Angular `fixture.whenStable()`.
   *
   * @example
   * const t = createTestWorkspace();
   * const { interactions } = workspaceStores(t.client);
   * interactions.subscribe(() => {});
   * t.workspace.simulateInboundCall({ ani: '5551234' });
   * await t.settled();
   * interactions.get().interactions[0]?.ani; // '5551234'
   */
  settled(): Promise<void>;
  dispose(): void;
}

/**
 * Creates a simulated workspace and host already linked to a `@wwe-kit/core` client. By default
 * the client's origin is accepted for every request, `auth.getJwtToken` included; `options` are
 * laid over that default (set `service-client-api.accepted-web-content-origins` to change it).
 *
 * @example
 * const { client, workspace, dispose } = createTestWorkspace();
 * const seen: string[] = [];
 * client.on('interaction', (e) => seen.push(e.eventType));
 * workspace.simulateInboundCall({ ani: '5551234' });
 * await client.agent.getState();
 * dispose();
 * // Or a recorded session replayed (see ReplayTestWorkspace):
 * const t = createTestWorkspace({ replay: recording });
 * await t.runToEnd();
 */
export function createTestWorkspace(init: ReplayTestWorkspaceOptions): ReplayTestWorkspace;
export function createTestWorkspace(init?: TestWorkspaceOptions): TestWorkspace;
export function createTestWorkspace(
  init: TestWorkspaceOptions | ReplayTestWorkspaceOptions = {},
): TestWorkspace | ReplayTestWorkspace {
  if ('replay' in init && init.replay !== undefined)
    return createReplayTestWorkspace(init as ReplayTestWorkspaceOptions);
  return createSimulatedTestWorkspace(init as TestWorkspaceOptions);
}

function createSimulatedTestWorkspace(init: TestWorkspaceOptions): TestWorkspace {
  const origin = init.origin ?? 'http://localhost';
  const clock = createManualClock();
  const now = init.seed?.now ?? clock.now;
  const workspace = createSimulatedWorkspace({ ...init.seed, now });
  const host = createWorkspaceHost({
    workspace,
    now,
    restrictTabsToDial: false,
    ...init.host,
    options: {
      [OPTIONS.origins]: `${origin} (*, auth.getJwtToken)`,
      ...normalizeOptions(init.options),
    },
  });
  const traffic = createTraffic();
  const memory = createMemoryTransport({ clientOrigin: origin });
  const frame = host.attachFrame({
    origin,
    kind: init.kind ?? 'tab',
    post: (m) => {
      memory.host.post(m);
      traffic.sent();
    },
  });
  const stop = memory.host.onMessage((m) => frame.receive(m));
  const transport: Transport = {
    post(m) {
      memory.transport.post(m);
      traffic.sent();
    },
    connect: (receive, reject) => memory.transport.connect(receive, reject),
  };
  const client = createWorkspaceClient({ now, ...init.client, transport });
  return {
    client,
    workspace,
    host,
    clock,
    settled: () => traffic.settled(),
    dispose() {
      client.dispose();
      stop();
      frame.detach();
      host.dispose();
      workspace.dispose();
    },
  };
}
