/** The embedded app: a client configured with the host origin given as `?host=`. */
import { createWorkspaceClient } from '../../../src/index';

const hostOrigin = new URLSearchParams(location.search).get('host')!;
const client = createWorkspaceClient({ hostOrigin, timeoutMs: 1500 });
const events: unknown[] = [];

(window as any).client = client;
(window as any).events = events;
(window as any).listen = (topic: string) =>
  client.on(topic as 'agent', (data, t) => {
    events.push({ topic: t, data });
  });
