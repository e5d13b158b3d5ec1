import {
  createWorkspaceClient,
  type WorkspaceClient,
  type WorkspaceClientOptions,
} from '@wwe-kit/core';
import { createMemoryTransport } from '@wwe-kit/core/testing';
import { createWorkspaceHost, type WorkspaceHost } from './host/host';
import type { WorkspaceOptions } from './host/ini';
import { normalizeOptions } from './host/ini';
import { OPTION } from './host/security';
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
  /** Host options such as `restrictTabsToDial`. */
  host?: { restrictTabsToDial?: boolean };
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
 */
export function createTestWorkspace(init: TestWorkspaceOptions = {}): TestWorkspace {
  const origin = init.origin ?? 'http://localhost';
  const clock = createManualClock();
  const now = init.seed?.now ?? clock.now;
  const workspace = createSimulatedWorkspace({ ...init.seed, now });
  const host = createWorkspaceHost({
    workspace,
    now,
    restrictTabsToDial: init.host?.restrictTabsToDial ?? false,
    options: {
      [OPTION.origins]: `${origin} (*, auth.getJwtToken)`,
      ...normalizeOptions(init.options),
    },
  });
  const memory = createMemoryTransport({ clientOrigin: origin });
  const frame = host.attachFrame({
    origin,
    kind: init.kind ?? 'tab',
    post: (m) => memory.host.post(m),
  });
  const stop = memory.host.onMessage((m) => frame.receive(m));
  const client = createWorkspaceClient({ now, ...init.client, transport: memory.transport });
  return {
    client,
    workspace,
    host,
    clock,
    dispose() {
      client.dispose();
      stop();
      frame.detach();
      host.dispose();
      workspace.dispose();
    },
  };
}
