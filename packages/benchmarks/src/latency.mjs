// Benchmark 1: request latency against the physical limit. In headless Chromium, an app in an
// iframe sends sequential requests to its host page and times each round trip with its own
// performance.now(): (a) a bare postMessage echo, (b) @wwe-kit/core against a host that answers
// at once, (c) @wwe-kit/core against @wwe-kit/simulator's host, (d) the official script's way
// (hand-written equivalent) against the same host as (b). Cross-site (host on localhost, app on
// 127.0.0.1: separate renderer processes, the real Workspace situation) and same-origin.
import { loadHarness, openPair, serve } from './lib/browser.mjs';
import { mean, median, p95, printTable, ratio, us } from './lib/format.mjs';

const COUNT = Number(process.env.BENCH_LATENCY_COUNT ?? 5_000);
const WARMUP = 500;
const ROUNDS = 10;
/** `BENCH_LATENCY_VARIANTS=same-origin` (or `cross-site`) measures one variant only. */
const VARIANTS = (process.env.BENCH_LATENCY_VARIANTS ?? 'cross-site,same-origin').split(',');

const CASES = [
  { key: 'a', label: '(a) raw postMessage echo', host: 'echo', client: 'raw' },
  { key: 'b', label: '(b) @wwe-kit/core, minimal host', host: 'minimal', client: 'core' },
  { key: 'c', label: '(c) @wwe-kit/core, simulator host', host: 'simulator', client: 'core' },
  {
    key: 'd',
    label: '(d) official-style client, minimal host',
    host: 'minimal',
    client: 'official',
  },
];

async function latency() {
  const harness = await loadHarness();
  const [browser, served] = await Promise.all([harness.launchChromium(), serve(harness)]);
  const rows = [];
  try {
    for (const variant of [
      { name: 'cross-site', clientOrigin: served.client },
      { name: 'same-origin', clientOrigin: served.host },
    ].filter((v) => VARIANTS.includes(v.name))) {
      const results = {};
      // All four pairs open at once; measured round-robin in chunks so that drift and background
      // load on the machine fall on every case alike.
      const pairs = [];
      try {
        for (const c of CASES) {
          const pair = await openPair(browser, served, c.host, variant.clientOrigin);
          pairs.push(pair);
          await pair.frame.evaluate((kind) => window.bench.prepareLatency(kind), c.client);
        }
        const times = CASES.map(() => []);
        for (let round = 0; round < ROUNDS; round++)
          for (const [i, { frame }] of pairs.entries())
            times[i].push(
              ...(await frame.evaluate(
                ([warmup, count]) => window.bench.latency(warmup, count),
                [round === 0 ? WARMUP : 0, COUNT / ROUNDS],
              )),
            );
        for (const [i, c] of CASES.entries())
          results[c.key] = { median: median(times[i]), p95: p95(times[i]), mean: mean(times[i]) };
      } finally {
        for (const { page } of pairs) await page.close();
      }
      for (const c of CASES) {
        const r = results[c.key];
        rows.push({
          iframe: variant.name,
          requests: c.label,
          'median µs': us(r.median),
          'p95 µs': us(r.p95),
          'mean µs': us(r.mean),
          'median / (a)': c.key === 'a' ? '1.00×' : ratio(r.median, results.a.median),
          'p95 / (a)': c.key === 'a' ? '1.00×' : ratio(r.p95, results.a.p95),
        });
      }
    }
  } finally {
    await browser.close();
    await served.close();
  }
  printTable(
    `1. Request latency: ${COUNT.toLocaleString('en-US')} sequential requests per case (${WARMUP} warm-up; cases interleaved in ${ROUNDS} rounds), timed in the iframe (performance.now, 5 µs resolution)`,
    rows,
    [
      'b/a: what @wwe-kit/core (ids, timeout timer, validation, origin+source checks, promise) adds to a bare round trip.',
      'c/a: the same against the simulator host (security options, rate limiter, log, simulated desktop): a Workspace-like host.',
      'd/a: the official script\'s way (counter ids, linear scan, posting to "*", no checks) on the same host as (b).',
      `cross-site: host on localhost, app on 127.0.0.1 (separate renderer processes, as in Workspace); same-origin: both on localhost.`,
    ],
  );
}

await latency();
