import { createWorkspaceClient, type WorkspaceClientOptions } from '../src/index';
import { createMemoryTransport } from '../src/testing';
import type { OutboundMessage, RequestMessage } from '../src/protocol';

/**
 * A minimal scripted host for unit tests of the client: answers requests through `answer`
 * (return a value to reply, `undefined` to stay silent), records every message, and can push events.
 */
export function fakeHost(
  answer: (m: RequestMessage) => unknown = () => undefined,
  clientOptions: Partial<WorkspaceClientOptions> = {},
) {
  const { transport, host } = createMemoryTransport();
  const sent: OutboundMessage[] = [];
  let subscriptionCounter = 0;
  const subscriptions = new Map<unknown, unknown>();
  host.onMessage((m) => {
    sent.push(m);
    if ('event' in m) {
      if (m.event === 'subscribe') {
        const id = `sub-${subscriptionCounter++}`;
        subscriptions.set(id, m.data);
        host.post({
          referenceId: m.referenceId,
          subscriptionId: id,
          userAgent: 'WWE Server',
          protocolVersion: 2,
        });
      } else subscriptions.delete(m.data);
      return;
    }
    const reply = answer(m);
    if (reply !== undefined)
      host.post({
        referenceId: m.referenceId,
        ...(reply as object),
        userAgent: 'WWE Server',
        protocolVersion: 2,
      });
  });
  const client = createWorkspaceClient({ transport, ...clientOptions });
  return {
    client,
    host,
    sent,
    subscriptions,
    requests: () => sent.filter((m): m is RequestMessage => 'request' in m),
    event: (topic: string, data: unknown) =>
      host.post({ event: topic, data, userAgent: 'WWE Server', protocolVersion: 2 }),
  };
}

/** Lets queued microtasks and message deliveries run. */
export const flush = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 0));
};
