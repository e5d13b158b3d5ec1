import type { WorkspaceClient } from '../client';
import { createAgentStore, type AgentSnapshot } from './agent';
import type { LiveStore } from './live';
import { createInteractionStores, type InteractionStores } from './interactions';
import { createMediaStore, type MediaSnapshot } from './media';

/**
 * Every live store of one client.
 *
 * @example
 * const { agent, media, interactions, interaction, caseSelection } = workspaceStores(client);
 */
export interface WorkspaceStores extends InteractionStores {
  agent: LiveStore<AgentSnapshot>;
  media: LiveStore<MediaSnapshot>;
}

const cache = new WeakMap<WorkspaceClient, WorkspaceStores>();

/**
 * The live stores of a client: created once per client (a second call returns the same
 * instances), lazy (nothing is sent until a store has a subscriber) and safe on a server (every
 * snapshot starts as `status: 'loading'`).
 *
 * @example
 * const stores = workspaceStores(client);
 * const off = stores.interaction('12').subscribe(({ interaction }) => console.log(interaction?.state));
 */
export function workspaceStores(client: WorkspaceClient): WorkspaceStores {
  let stores = cache.get(client);
  if (!stores) {
    stores = {
      agent: createAgentStore(client),
      media: createMediaStore(client),
      ...createInteractionStores(client),
    };
    cache.set(client, stores);
  }
  return stores;
}
