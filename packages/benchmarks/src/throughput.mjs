// Benchmark 2: event throughput. In headless Chromium, the host page posts 20,000 interaction
// events as fast as it can to a cross-site iframe; the iframe times from its "go" until its
// receiver has seen the last one: a bare message listener (the physical one-way rate), a
// @wwe-kit/core `on('interaction')` handler, and the live stores (the interactions list and one
// interaction(id) store per live interaction). Then, in Node without postMessage (folded in from
// the former packages/core/bench/stores.mjs): 100,000 events over 1,000 interactions through the
// in-memory transport into the stores with 1,000 per-id subscribers, against a no-op handler.
import { workspaceStores } from '@wwe-kit/core';
import { loadHarness, openPair, serve } from './lib/browser.mjs';
import { fixed, int, macrotask, printTable } from './lib/format.mjs';
import { inMemoryClient } from './lib/in-memory.mjs';
import { interactionEvents } from './lib/payloads.mjs';

const BROWSER_EVENTS = 20_000;
const BROWSER_INTERACTIONS = 100;
const NODE_EVENTS = 100_000;
const NODE_INTERACTIONS = 1_000;
const ROUNDS = 3;

const RECEIVERS = [
  { kind: 'raw', label: 'raw message listener (baseline)' },
  { kind: 'on', label: "@wwe-kit/core client.on('interaction')" },
  {
    kind: 'stores',
    label: `@wwe-kit/core stores: list + ${BROWSER_INTERACTIONS} interaction(id)`,
  },
];

async function inBrowser() {
  const harness = await loadHarness();
  const [browser, served] = await Promise.all([harness.launchChromium(), serve(harness)]);
  const best = {};
  try {
    // Fresh pages per measurement, receivers alternated; best of ROUNDS each.
    for (let round = 0; round < ROUNDS; round++)
      for (const r of RECEIVERS) {
        const { page, frame } = await openPair(browser, served, 'minimal', served.client, (p) =>
          p.evaluate(
            ([n, k]) => window.bench.prepareBurst(n, k),
            [BROWSER_EVENTS, BROWSER_INTERACTIONS],
          ),
        );
        try {
          await frame.evaluate(
            ([kind, n, k]) => window.bench.prepareThroughput(kind, n, k),
            [r.kind, BROWSER_EVENTS, BROWSER_INTERACTIONS],
          );
          const ms = await frame.evaluate(() => window.bench.runThroughput());
          best[r.kind] = Math.min(best[r.kind] ?? Infinity, ms);
        } finally {
          await page.close();
        }
      }
  } finally {
    await browser.close();
    await served.close();
  }
  return RECEIVERS.map((r) => ({
    setting: `Chromium, cross-site iframe, ${int(BROWSER_EVENTS)} events`,
    receiver: r.label,
    ms: best[r.kind],
    events: BROWSER_EVENTS,
    baseline: best.raw,
  }));
}

async function inNodeOnce(withStores, events) {
  const { host, client } = inMemoryClient(NODE_INTERACTIONS);
  let applied = 0;
  const offs = [];
  if (withStores) {
    const stores = workspaceStores(client);
    for (let i = 0; i < NODE_INTERACTIONS; i++)
      offs.push(stores.interaction(String(i)).subscribe(() => applied++));
    while (stores.interactions.get().interactions.length < NODE_INTERACTIONS) await macrotask();
    applied = 0;
  } else {
    offs.push(client.on('interaction', () => applied++));
    await macrotask();
  }
  const t = performance.now();
  for (const e of events) host.post(e);
  await macrotask();
  const ms = performance.now() - t;
  if (applied < NODE_EVENTS) throw new Error(`only ${applied} of ${NODE_EVENTS} events applied`);
  offs.forEach((off) => off());
  client.dispose();
  return ms;
}

async function inNode() {
  const events = interactionEvents(NODE_EVENTS, NODE_INTERACTIONS);
  const best = { base: Infinity, stores: Infinity };
  for (let round = 0; round < ROUNDS; round++) {
    best.base = Math.min(best.base, await inNodeOnce(false, events));
    best.stores = Math.min(best.stores, await inNodeOnce(true, events));
  }
  const setting = `Node, in-memory transport, ${int(NODE_EVENTS)} events`;
  return [
    {
      setting,
      receiver: "no-op client.on('interaction') (baseline)",
      ms: best.base,
      events: NODE_EVENTS,
      baseline: best.base,
    },
    {
      setting,
      receiver: `stores + ${int(NODE_INTERACTIONS)} interaction(id) subscribers`,
      ms: best.stores,
      events: NODE_EVENTS,
      baseline: best.base,
    },
  ];
}

async function throughput() {
  const rows = [...(await inBrowser()), ...(await inNode())];
  printTable(
    `2. Event throughput: interaction events posted as fast as possible until the receiver reflects the last one (best of ${ROUNDS})`,
    rows.map((r) => ({
      setting: r.setting,
      receiver: r.receiver,
      'total ms': fixed(r.ms, 1),
      'events/s': int(r.events / (r.ms / 1000)),
      'µs/event': fixed((r.ms * 1000) / r.events, 2),
      'rate / baseline': `${fixed(r.baseline / r.ms)}×`,
    })),
    [
      'rate / baseline (Chromium): share of the bare one-way postMessage rate, same pages, same burst, that the client (on) and the stores keep up with; 1.00× = no slower than the browser delivers.',
      "rate / baseline (Node): store throughput against the same events through the same client to a no-op handler (no postMessage: the stores' own cost).",
      `Events spread pseudo-randomly over ${BROWSER_INTERACTIONS} (Chromium) / ${int(NODE_INTERACTIONS)} (Node) live voice interactions, loaded into the stores before timing (Chromium: one getInteractions reply; Node: ADDED events).`,
    ],
  );
}

await throughput();
