// The Node benchmarks' client: the in-memory transport (no copies, no postMessage), so only the
// client, its stores and what is built on them are measured.
import { createWorkspaceClient } from '@wwe-kit/core';
import { createMemoryTransport } from '@wwe-kit/core/testing';
import { SERVER, addedEvents } from './payloads.mjs';

/** A client whose host confirms subscriptions and, once asked for the interactions, adds `count` calls. */
export function inMemoryClient(count) {
  const { transport, host } = createMemoryTransport({ clone: false });
  host.onMessage((m) => {
    if (m.event === 'subscribe')
      host.post({ referenceId: m.referenceId, subscriptionId: 's', ...SERVER });
    else if (m.request === 'interaction.getInteractions') {
      host.post({ referenceId: m.referenceId, data: [], ...SERVER });
      for (const e of addedEvents(count)) host.post(e);
    }
  });
  return { host, client: createWorkspaceClient({ transport }) };
}
