/**
 * A minimal Workspace stand-in for the browser tests: embeds frames on demand, records every
 * message it receives (with `event.origin` and the frame it came from), answers requests after
 * a configurable delay, confirms subscriptions and pushes events.
 */
interface Received {
  from: string | null;
  origin: string;
  data: any;
}

const received: Received[] = [];
const embedded = new Map<string, HTMLIFrameElement>();
const popups = new Map<string, Window>();
const answers: Record<string, unknown> = { 'agent.getState': { operationName: 'Ready' } };
let replyDelayMs = 0;
// A Workspace that does not accept the app's origin answers nothing at all.
let silent = false;
let subscriptions = 0;

const frameOf = (source: MessageEventSource | null): string | null => {
  for (const [name, el] of embedded) if (el.contentWindow === source) return name;
  for (const [name, w] of popups) if (w === source) return name;
  return null;
};

window.addEventListener('message', (e: MessageEvent) => {
  const from = frameOf(e.source);
  received.push({ from, origin: e.origin, data: e.data });
  const m = e.data;
  const source = e.source as Window | null;
  if (!source || typeof m !== 'object' || m === null || silent) return;
  if (typeof m.request === 'string') {
    setTimeout(() => {
      source.postMessage(
        {
          referenceId: m.referenceId,
          data: answers[m.request] ?? null,
          userAgent: 'WWE Server',
          protocolVersion: 2,
        },
        e.origin,
      );
    }, replyDelayMs);
  } else if (m.event === 'subscribe') {
    source.postMessage(
      {
        referenceId: m.referenceId,
        subscriptionId: `sub-${++subscriptions}`,
        userAgent: 'WWE Server',
        protocolVersion: 2,
      },
      e.origin,
    );
  }
});

const host = {
  /** Embeds `src` in an iframe named `name`; resolves once it has loaded. */
  embed(name: string, src: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const el = document.createElement('iframe');
      el.name = name;
      el.src = src;
      el.onload = () => resolve();
      el.onerror = () => reject(new Error(`could not load ${src}`));
      embedded.set(name, el);
      document.body.append(el);
    });
  },
  /** Opens `src` as a popup window named `name` (the app then talks through `window.opener`). */
  open(name: string, src: string): void {
    const w = window.open(src, name, 'popup');
    if (w) popups.set(name, w);
  },
  received: () => received,
  setSilent(value: boolean) {
    silent = value;
  },
  setAnswer(request: string, value: unknown) {
    answers[request] = value;
  },
  setReplyDelay(ms: number) {
    replyDelayMs = ms;
  },
  /** Announces a frame id to the frame `name` (what a reloaded Workspace does). */
  announce(name: string, targetOrigin: string, frameId: string) {
    embedded
      .get(name)!
      .contentWindow!.postMessage(
        { frameId, userAgent: 'WWE Server', protocolVersion: 2 },
        targetOrigin,
      );
  },
  /** Posts an event to the frame `name`, with that frame's origin as target origin. */
  push(name: string, targetOrigin: string, topic: string, data: unknown) {
    embedded
      .get(name)!
      .contentWindow!.postMessage(
        { event: topic, data, userAgent: 'WWE Server', protocolVersion: 2 },
        targetOrigin,
      );
  },
};

(window as any).host = host;

export {};
