// The documented-payloads suite's Workspace: a scripted host over the core's memory transport that
// answers the stores' getters from a world (fixtures/documented-payloads.json) and posts Genesys's
// documented messages exactly as printed. Shared by the core, the React, Vue and Angular bindings
// and the legacy shim tests (they import this file), so every one of them sees the same payloads.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createWorkspaceClient,
  type WorkspaceClient,
  type WorkspaceClientOptions,
} from '../src/index';
import type { RequestMessage } from '../src/protocol';
import { createMemoryTransport } from '../src/testing';

/** What Workspace's getters return (`agent.get`, `agent.getState`, ...). */
export interface DocumentedWorld {
  agent: Record<string, unknown>;
  agentState: Record<string, unknown>;
  stateList: Record<string, unknown>[];
  media: Record<string, unknown>[];
  interactions: Record<string, unknown>[];
}

/** One documented event: the message as the page prints it, the world around it, what the app sees. */
export interface DocumentedPayload {
  id: string;
  source: string;
  section: string;
  note?: string;
  message: { event: string; data: Record<string, unknown>; [key: string]: unknown };
  before?: Partial<DocumentedWorld>;
  after?: Partial<DocumentedWorld>;
  expect: {
    agentState?: Record<string, unknown>;
    interaction?: Record<string, unknown> & { interactionId: string };
    caseSelection?: { caseId: string; expanded: boolean };
    event?: Record<string, unknown>;
  };
}

/** One documented reply (Workspace's answer to a request). */
export interface DocumentedReply {
  id: string;
  source: string;
  section: string;
  note?: string;
  message: Record<string, unknown>;
  expect: Record<string, unknown>;
}

interface Fixtures {
  world: DocumentedWorld;
  payloads: DocumentedPayload[];
  replies: DocumentedReply[];
}

/** The fixtures (read from the repository, never from outside it). */
export const documented: Fixtures = JSON.parse(
  // A path, not a URL object: under jsdom, `URL` is jsdom's, which `fs` does not take.
  readFileSync(
    join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'documented-payloads.json'),
    'utf8',
  ),
);

/** The documented envelope of every message Workspace posts (the Interaction namespace page). */
const ENVELOPE = { userAgent: 'WWE Server', protocolVersion: 2 };

/**
 * A scripted Workspace in the state `payload.before` describes, and a client connected to it.
 * `emit()` sets the world to `payload.after` (what Workspace's getters return once the event has
 * happened) and posts the documented message.
 */
export function documentedWorkspace(
  payload?: DocumentedPayload,
  options: {
    client?: Partial<WorkspaceClientOptions>;
    /** Workspace's whole answer to a request (instead of the world's `data`), when it returns one. */
    answer?: (request: string) => Record<string, unknown> | undefined;
  } = {},
) {
  const world: DocumentedWorld = structuredClone({ ...documented.world, ...payload?.before });
  const { transport, host } = createMemoryTransport();
  const requests: string[] = [];
  let subscriptions = 0;
  host.onMessage((m) => {
    const reply = (body: object) => host.post({ referenceId: m.referenceId, ...body, ...ENVELOPE });
    if ('event' in m) {
      if (m.event === 'subscribe') reply({ subscriptionId: `s${subscriptions++}` });
      return;
    }
    const r = m as RequestMessage;
    requests.push(r.request);
    const answer = options.answer?.(r.request);
    if (answer) return reply(answer);
    const data = {
      'agent.get': world.agent,
      'agent.getState': world.agentState,
      'agent.getStateList': world.stateList,
      'media.getMediaList': world.media,
      'interaction.getInteractions': world.interactions,
      'system.getAllowedServices': [],
    }[r.request];
    reply(data === undefined ? { data: null } : { data });
  });
  const client: WorkspaceClient = createWorkspaceClient({ transport, ...options.client });
  return {
    client,
    world,
    /** Names of the requests the client sent, in order. */
    requests,
    /** The event happens: Workspace's state becomes `after`, then the message is posted. */
    emit() {
      if (!payload) return;
      Object.assign(world, structuredClone(payload.after ?? {}));
      host.post({ ...ENVELOPE, ...payload.message });
    },
    /** Posts any message (e.g. a documented reply). */
    post: (message: unknown) => host.post(message),
    host,
    /** The client end of the host, for another client (the legacy shim's). */
    transport,
  };
}

/** Lets every queued message, reply and store update run (rounds of one timer turn). */
export async function settle(rounds = 10): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((r) => setTimeout(r, 0));
}

/** The documented payloads whose `expect` has `key`. */
export const payloadsExpecting = (key: keyof DocumentedPayload['expect']) =>
  documented.payloads.filter((p) => p.expect[key] !== undefined);
