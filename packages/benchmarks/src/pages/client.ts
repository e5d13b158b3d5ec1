/**
 * The embedded app of the browser benchmarks (`?host=` is Workspace's origin). Everything is timed
 * here, with this frame's `performance.now()`.
 */
import { createWorkspaceClient, workspaceStores } from '@wwe-kit/core';

const hostOrigin = new URLSearchParams(location.search).get('host') ?? '';
const CLIENT = { userAgent: 'WWE Client', protocolVersion: 2 } as const;

type Request = () => Promise<unknown>;

/** (a) A bare postMessage round trip with a request-sized message: no ids, no checks. */
function rawRequests(): Request {
  let resolve: ((data: unknown) => void) | undefined;
  window.addEventListener('message', (e) => {
    const r = resolve;
    resolve = undefined;
    r?.(e.data);
  });
  let n = 0;
  return () =>
    new Promise((r) => {
      resolve = r;
      window.parent.postMessage(
        { request: 'agent.getState', referenceId: String(n++), ...CLIENT },
        hostOrigin,
      );
    });
}

/** (b), (c) `@wwe-kit/core`: `client.agent.getState()`. */
function coreRequests(): Request {
  const client = createWorkspaceClient({ hostOrigin });
  return () => client.agent.getState();
}

/**
 * (d) Genesys's protocol driven the way the official `wwe-service-client-api.js` does it: counter
 * ids from "0", an array of pending requests scanned linearly for each reply, a 10 s timeout per
 * request, messages posted to `'*'`, any message whose `userAgent` contains "WWE" accepted (no
 * origin or source check), callbacks given the whole reply. Its console logging is left out.
 */
function officialRequests(): Request {
  interface PendingCall {
    referenceId: string;
    success(reply: unknown): void;
    failure(reply: unknown): void;
    timer: ReturnType<typeof setTimeout>;
  }
  const pending: PendingCall[] = [];
  let counter = 0;
  window.addEventListener('message', (e) => {
    const m = e.data;
    if (!m || typeof m.userAgent !== 'string' || m.userAgent.indexOf('WWE') < 0) return;
    if (m.event !== undefined || m.referenceId === undefined) return;
    for (let i = 0; i < pending.length; i++) {
      const p = pending[i]!;
      if (p.referenceId !== m.referenceId) continue;
      pending.splice(i, 1);
      clearTimeout(p.timer);
      if (m.errorMessage !== undefined) p.failure(m);
      else p.success(m);
      return;
    }
  });
  const sendRequest = (
    request: string,
    parameters: unknown[] | undefined,
    success: (reply: unknown) => void,
    failure: (reply: unknown) => void,
  ) => {
    const referenceId = String(counter++);
    const message: Record<string, unknown> = { request, referenceId, ...CLIENT };
    if (parameters) message.parameters = parameters;
    const timer = setTimeout(() => {
      const i = pending.findIndex((p) => p.referenceId === referenceId);
      if (i >= 0) pending.splice(i, 1);
      failure('Request timeout');
    }, 10_000);
    pending.push({ referenceId, success, failure, timer });
    window.parent.postMessage(message, '*');
  };
  return () =>
    new Promise((resolve, reject) => sendRequest('agent.getState', undefined, resolve, reject));
}

const requestKinds: Record<string, () => Request> = {
  raw: rawRequests,
  core: coreRequests,
  official: officialRequests,
};

let once: Request | undefined;

/** `count` sequential requests after `warmup` unmeasured ones; returns each one's ms. */
async function latency(warmup: number, count: number): Promise<number[]> {
  const request = once;
  if (!request) throw new Error('prepareLatency first');
  for (let i = 0; i < warmup; i++) await request();
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const t = performance.now();
    await request();
    out[i] = performance.now() - t;
  }
  return Array.from(out);
}

/**
 * Sets up a receiver of `count` interaction events: `raw` (a message listener reading each
 * event's data), `on` (`client.on('interaction')`) or `stores` (the interactions list store and
 * one `interaction(id)` store per live interaction, subscribed and loaded first). `run()` then
 * asks the host for the burst and resolves with the ms until the receiver has seen the last event.
 */
async function prepareThroughput(
  kind: string,
  count: number,
  interactions: number,
): Promise<() => Promise<number>> {
  const lastSeq = String(count - 1);
  let done: () => void = () => {};
  const finished = new Promise<void>((r) => (done = r));
  let seen = 0;
  let check = () => {};
  if (kind === 'raw') {
    window.addEventListener('message', (e) => {
      if (e.data?.event === 'interaction' && ++seen === count) done();
    });
  } else if (kind === 'on') {
    const client = createWorkspaceClient({ hostOrigin });
    client.on('interaction', () => {
      if (++seen === count) done();
    });
    await client.agent.getState(); // the subscription is confirmed before this reply
  } else if (kind === 'stores') {
    const client = createWorkspaceClient({ hostOrigin });
    const stores = workspaceStores(client);
    let rows = 0;
    stores.interactions.subscribe((s) => (rows = s.interactions.length));
    for (let i = 0; i < interactions; i++)
      stores.interaction(String(i)).subscribe((s) => {
        if (s.interaction?.userData?.Seq === lastSeq) done();
      });
    while (stores.interactions.get().status !== 'ready') await new Promise((r) => setTimeout(r));
    if (rows !== interactions) throw new Error(`loaded ${rows} interactions`);
    check = () => {
      const last = stores.interactions.get().interactions.find((i) => i.userData?.Seq === lastSeq);
      if (!last) throw new Error('the interactions list does not reflect the last event');
    };
  } else throw new Error(`unknown receiver ${kind}`);
  return async () => {
    const t = performance.now();
    window.parent.postMessage({ bench: 'go' }, hostOrigin);
    await finished;
    const ms = performance.now() - t;
    check();
    return ms;
  };
}

let run: (() => Promise<number>) | undefined;
(window as any).bench = {
  prepareLatency(kind: string) {
    once = requestKinds[kind]!();
  },
  latency,
  async prepareThroughput(kind: string, count: number, interactions: number) {
    run = await prepareThroughput(kind, count, interactions);
  },
  runThroughput: () => run!(),
};
