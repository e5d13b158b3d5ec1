/**
 * The embedded app: a client configured with the host origin(s) given as `?host=` (a comma-separated
 * list: the test's stand-in for the app's build-time configuration).
 */
import { createWorkspaceClient } from '../../../src/index';

const params = new URLSearchParams(location.search);
const hostOrigin = params.get('host')!.split(',');
const client = createWorkspaceClient({
  hostOrigin,
  timeoutMs: Number(params.get('timeout') ?? 1500),
  silentAfterMs: 800,
});
const events: unknown[] = [];

(window as any).client = client;
(window as any).events = events;
(window as any).listen = (topic: string) =>
  client.on(topic as 'agent', (data, t) => {
    events.push({ topic: t, data });
  });
