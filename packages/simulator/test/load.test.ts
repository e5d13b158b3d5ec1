/**
 * Load test (issue 9): 10 000 concurrent requests from a `@wwe-kit/core` client through the
 * simulated Workspace host, over the in-memory transport, with random reply delays and 5 % of
 * replies dropped (the host's fault injection, one `times: 1` rule per request, consumed in the
 * order the host receives the requests). Virtual timers drive the client's timeouts and the host's
 * delays; a seeded PRNG makes every run the same (`LOAD_SEED=<n>` to try another plan).
 *
 * The virtual timers are this file's own (a heap), not `vi.useFakeTimers()`: @sinonjs/fake-timers
 * scans every pending timer to find the next one, which is quadratic with the ~20 000 timers here
 * (over 20 s). They replace `setTimeout`/`clearTimeout` only, and count the timers still pending.
 */
import {
  createWorkspaceClient,
  isWorkspaceError,
  withOptions,
  type OutboundMessage,
} from '@wwe-kit/core';
import { createMemoryTransport } from '@wwe-kit/core/testing';
import { afterEach, expect, test } from 'vitest';
import { createManualClock, createSimulatedWorkspace, createWorkspaceHost } from '../src';
import { OPTIONS } from '@wwe-kit/core/internal';

const N = 10_000;
const TIMEOUT_MS = 5_000;
const DROP_RATE = 0.05;
/** Share of replies delayed past the client's timeout (they arrive late and must be dropped). */
const LATE_RATE = 0.1;
const SEED = Number(process.env.LOAD_SEED ?? 20_240_901);
/** Answered with a new token each time: every request has its own, recognizable result. */
const REQUEST = 'auth.getPureCloudToken';
const ORIGIN = 'http://localhost';

/** mulberry32: a tiny seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface VirtualTimer {
  id: number;
  at: number;
  run: () => void;
}

/**
 * Replaces `setTimeout`/`clearTimeout` with virtual ones: `run()` fires timers in time order
 * (then creation order), letting every microtask (message deliveries, promise callbacks) run
 * between two timers, as the event loop does.
 */
function installVirtualTimers() {
  const real = { setTimeout: globalThis.setTimeout, clearTimeout: globalThis.clearTimeout };
  const heap: VirtualTimer[] = [];
  const pending = new Set<number>();
  let now = 0;
  let seq = 0;
  const before = (a: VirtualTimer, b: VirtualTimer) =>
    a.at < b.at || (a.at === b.at && a.id < b.id);
  const push = (t: VirtualTimer) => {
    let i = heap.push(t) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  };
  const pop = (): VirtualTimer | undefined => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last) {
      heap[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && before(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && before(heap[r]!, heap[m]!)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    }
    return top;
  };
  globalThis.setTimeout = ((fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const t = { id: ++seq, at: now + Math.max(0, Number(ms) || 0), run: () => fn(...args) };
    pending.add(t.id);
    push(t);
    return t.id;
  }) as unknown as typeof setTimeout;
  globalThis.clearTimeout = ((id: unknown) =>
    void pending.delete(id as number)) as typeof clearTimeout;
  const drain = () => new Promise<void>((resolve) => setImmediate(resolve));
  return {
    now: () => now,
    /** Timers set and neither fired nor cleared. */
    count: () => pending.size,
    /**
     * Fires timers until `done()` holds or none is left, calling `step()` before each (when no
     * microtask is left).
     */
    async run(done: () => boolean = () => false, step: () => void = () => {}) {
      for (;;) {
        await drain();
        step();
        if (done()) return;
        let t = pop();
        while (t && !pending.has(t.id)) t = pop();
        if (!t) return;
        pending.delete(t.id);
        now = t.at;
        t.run();
      }
    },
    uninstall() {
      globalThis.setTimeout = real.setTimeout;
      globalThis.clearTimeout = real.clearTimeout;
    },
  };
}

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

test(`${N} concurrent requests with random delays and ${DROP_RATE * 100} % dropped replies each settle once`, async () => {
  const timers = installVirtualTimers();
  uninstall = timers.uninstall;
  const random = prng(SEED);
  const start = createManualClock().now();
  const clock = { now: () => start + timers.now() };
  const workspace = createSimulatedWorkspace({ now: clock.now });
  const host = createWorkspaceHost({
    workspace,
    now: clock.now,
    options: { [OPTIONS.origins]: ORIGIN },
  });
  const memory = createMemoryTransport({ clientOrigin: ORIGIN });
  const frame = host.attachFrame({ origin: ORIGIN, post: (m) => memory.host.post(m) });
  const outgoing: OutboundMessage[] = [];
  const offSpy = memory.host.onMessage((m) => outgoing.push(m));
  const offFrame = memory.host.onMessage((m) => frame.receive(m));
  /** referenceId → the data of the reply the host actually sent (after its delay). */
  const sent = new Map<unknown, unknown>();
  const offLog = host.onLog((e) => {
    if (e.direction === 'out' && e.type === 'reply' && e.request === REQUEST)
      sent.set(e.referenceId, (e.message as { data: unknown }).data);
  });
  const client = createWorkspaceClient({
    transport: memory.transport,
    timeoutMs: TIMEOUT_MS,
    now: clock.now,
  });

  // Every tenth request also carries an AbortSignal (never aborted): its listener must go too.
  let abortListeners = 0;
  const countedSignal = () => {
    const signal = new AbortController().signal;
    const add = signal.addEventListener.bind(signal);
    const remove = signal.removeEventListener.bind(signal);
    signal.addEventListener = ((...args: Parameters<typeof add>) => {
      abortListeners++;
      add(...args);
    }) as typeof add;
    signal.removeEventListener = ((...args: Parameters<typeof remove>) => {
      abortListeners--;
      remove(...args);
    }) as typeof remove;
    return signal;
  };

  // The plan: drop, or a delay (some past the timeout).
  const plan = Array.from({ length: N }, () =>
    random() < DROP_RATE
      ? { drop: true as const, delayMs: 0 }
      : {
          drop: false as const,
          delayMs: Math.floor(
            random() < LATE_RATE ? TIMEOUT_MS + random() * TIMEOUT_MS : random() * TIMEOUT_MS,
          ),
        },
  );
  for (const p of plan)
    host.inject({
      request: REQUEST,
      times: 1,
      ...(p.drop ? { drop: true } : { delayMs: p.delayMs }),
    });
  expect(host.stats().faults).toBe(N);

  const outcomes = plan.map(() => ({
    settled: 0,
    at: -1,
    value: undefined as unknown,
    error: undefined as any,
  }));
  plan.forEach((_, i) => {
    const o = outcomes[i]!;
    client.auth
      .getPureCloudToken(true, i % 10 === 0 ? withOptions({ signal: countedSignal() }) : undefined)
      .then(
        (value) => {
          o.settled++;
          o.at = timers.now();
          o.value = value;
        },
        (error) => {
          o.settled++;
          o.at = timers.now();
          o.error = error;
        },
      );
  });
  expect(client.stats().pending).toBe(N);
  expect(abortListeners).toBe(N / 10);

  expect(timers.count()).toBe(N); // one timeout per request
  // At every step, the timers are exactly one per pending request and one per delayed reply.
  let steps = 0;
  const leaks: string[] = [];
  const invariant = () => {
    steps++;
    const expected = client.stats().pending + host.stats().delayedReplies;
    if (timers.count() !== expected && leaks.length < 5)
      leaks.push(`at ${timers.now()} ms: ${timers.count()} timers, expected ${expected}`);
  };
  await timers.run(() => outcomes.every((o) => o.settled > 0), invariant);
  expect(leaks).toEqual([]);
  // Every request has settled: the only timers left are the host's replies delayed past the
  // client's timeout (no client timer outlives its request).
  expect(timers.count()).toBe(host.stats().delayedReplies);
  expect(timers.count()).toBeGreaterThan(0);
  await timers.run(undefined, invariant);
  expect(leaks).toEqual([]);
  expect(steps).toBeGreaterThan(N);
  expect(outgoing).toHaveLength(N);
  expect(outgoing.every((m) => 'request' in m && m.request === REQUEST)).toBe(true);

  // Each request settled exactly once: with its own reply, or TIMEOUT when there was none in time.
  let ok = 0;
  let late = 0;
  let dropped = 0;
  const values = new Set<unknown>();
  plan.forEach((p, i) => {
    const o = outcomes[i]!;
    const ref = (outgoing[i] as { referenceId: string; request: string }).referenceId;
    expect(o.settled, `request #${i}`).toBe(1);
    if (!p.drop && p.delayMs < TIMEOUT_MS) {
      ok++;
      expect(o.error, `request #${i}`).toBeUndefined();
      expect(typeof o.value).toBe('string');
      expect(o.value, `request #${i}`).toBe(sent.get(ref));
      expect(o.at, `request #${i} settled at`).toBe(p.delayMs);
      values.add(o.value);
    } else {
      expect(isWorkspaceError(o.error, 'TIMEOUT'), `request #${i}: ${String(o.error)}`).toBe(true);
      expect(o.error.request).toBe(REQUEST);
      expect(o.at, `request #${i} timed out at`).toBe(TIMEOUT_MS);
      if (p.drop) {
        dropped++;
        expect(sent.has(ref), `dropped reply #${i} was sent`).toBe(false);
      } else {
        late++;
        expect(sent.has(ref), `late reply #${i} was sent`).toBe(true);
      }
    }
  });
  expect(values.size).toBe(ok); // no two requests got the same result
  expect(dropped).toBeGreaterThan(N * DROP_RATE * 0.8);
  expect(late).toBeGreaterThan(N * LATE_RATE * 0.5);

  // Nothing left: no pending request, timer, delayed reply, fault rule or abort listener.
  const stats = client.stats();
  expect(stats).toMatchObject({ pending: 0, handlers: 0, subscriptions: 0, sent: N });
  expect(stats.received).toBe(1 + N - dropped); // the frameId, then every reply sent
  expect(stats.droppedBy).toEqual({ 'unmatched referenceId': late }); // late replies only
  expect(host.stats()).toMatchObject({
    delayedReplies: 0,
    faults: 0,
    outcomes: { answered: N - dropped, dropped },
  });
  expect(timers.count()).toBe(0);
  expect(timers.now()).toBeGreaterThanOrEqual(TIMEOUT_MS);
  expect(abortListeners).toBe(0);

  expect(memory.host.connections).toBe(1);
  client.dispose();
  expect(memory.host.connections).toBe(0);
  offLog();
  offFrame();
  offSpy();
  frame.detach();
  host.dispose();
  workspace.dispose();
  expect(timers.count()).toBe(0);
});
