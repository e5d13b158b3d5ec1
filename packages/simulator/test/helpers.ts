import type { WorkspaceClient } from '@wwe-kit/core';
import type { FrameKind, WorkspaceHost } from '../src';

/** Lets queued microtasks (in-memory messages) run. */
export const flush = () => new Promise<void>((r) => setTimeout(r, 0));

/** Records the `eventType` (or the data) of every event of a topic. */
export function collect(client: WorkspaceClient, topic: string) {
  const events: any[] = [];
  client.on(topic as 'interaction', (e) => events.push(e));
  return { events, types: () => events.map((e) => e.eventType) };
}

/** A frame driven with raw protocol messages, recording what the host posts to it. */
export function rawFrame(host: WorkspaceHost, origin: string, kind?: FrameKind) {
  const inbox: any[] = [];
  const frame = host.attachFrame({
    origin,
    post: (m) => inbox.push(structuredClone(m)),
    ...(kind ? { kind } : {}),
  });
  let n = 0;
  return {
    frame,
    inbox,
    request(request: string, parameters?: unknown[]) {
      const referenceId = `r${n++}`;
      frame.receive({
        request,
        referenceId,
        userAgent: 'WWE Client',
        protocolVersion: 2,
        ...(parameters ? { parameters } : {}),
      });
      return inbox.filter((m) => m.referenceId === referenceId);
    },
    subscribe(topics: string[]) {
      const referenceId = `s${n++}`;
      frame.receive({
        event: 'subscribe',
        data: topics,
        referenceId,
        userAgent: 'WWE Client',
        protocolVersion: 2,
      });
      return inbox.find((m) => m.referenceId === referenceId)?.subscriptionId as string;
    },
    events: (topic: string) => inbox.filter((m) => m.event === topic).map((m) => m.data),
  };
}
