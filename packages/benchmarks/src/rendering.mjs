// Benchmark 3: rendering cost. For React, Vue and Angular (and a no-framework baseline, and React
// without the adapter), 1,000 live interactions each rendered by its own component through the
// adapter's per-interaction hook / composable / service; then 1,000 events, each changing one
// interaction (every one once).
// Counts the renders of the row components per event (target: exactly 1) and times each event
// from the host's post until the framework has rendered it. Node + jsdom, production builds,
// in-memory transport: only the client, its stores and the rendering are measured.
import { installDom } from './lib/dom.mjs';
import { fixed, macrotask, mean, median, p95, printTable, ratio, us } from './lib/format.mjs';
import { interactionEvent } from './lib/payloads.mjs';

installDom();
const { inMemoryClient } = await import('./lib/in-memory.mjs');

const ROWS = 1_000;
const EVENTS = 1_000;
const WARMUP = 1_000;
const FRAMEWORKS = ['vanilla', 'react', 'react-floor', 'vue', 'angular'];

/** A fixed permutation of 0 … n-1. */
function permutation(n) {
  const out = Array.from({ length: n }, (_, i) => i);
  let seed = 7;
  for (let i = n - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const rowsText = (container) => [...container.querySelectorAll('li')].map((li) => li.textContent);

/** Mounts `key`'s rows on a client of their own and waits until every row shows its interaction. */
async function mount(key) {
  const fw = await import(`./lib/${key}.mjs`);
  const { host, client } = inMemoryClient(ROWS);
  const ids = Array.from({ length: ROWS }, (_, i) => String(i));
  const renders = new Uint32Array(ROWS);
  const view = await fw.mountRows(client, ids, (i) => renders[i]++);
  for (let i = 0; ; i++) {
    await macrotask();
    await view.flush();
    const rows = rowsText(view.container);
    if (rows.length === ROWS && !rows.includes('…')) break;
    if (i > 1_000) throw new Error(`${key}: the rows never loaded`);
  }
  return { key, name: fw.name, host, client, renders, view, times: new Float64Array(EVENTS) };
}

/** Posts event `seq` (changing row `row`) to one renderer and waits until it has rendered it. */
async function step(r, row, seq) {
  const event = interactionEvent(row, seq);
  const t = performance.now();
  r.host.post(event);
  await Promise.resolve(); // the in-memory transport delivers on the microtask queue
  await r.view.flush();
  return performance.now() - t;
}

/**
 * Every renderer mounted side by side, each with its own client; events go round-robin (event k
 * to each renderer in turn), so background load and GC fall on all of them alike.
 */
async function measure() {
  const renderers = [];
  for (const key of FRAMEWORKS) renderers.push(await mount(key));
  const order = permutation(ROWS);
  for (let k = 0; k < WARMUP; k++)
    for (const r of renderers) await step(r, order[k % ROWS], 100_000 + k);
  await macrotask();
  globalThis.gc?.(); // the setup's garbage is not the loop's cost
  for (const r of renderers) r.renders.fill(0);
  for (let k = 0; k < EVENTS; k++)
    for (const r of renderers) r.times[k] = await step(r, order[k], k);
  for (let i = 0; i < 5; i++) await macrotask(); // late renders (a scheduler's timer) count too
  await new Promise((resolve) => setTimeout(resolve, 20));

  return renderers.map((r) => {
    const rows = rowsText(r.view.container);
    order.slice(0, EVENTS).forEach((row, k) => {
      if (!rows[row]?.endsWith(` ${k}`))
        throw new Error(`${r.key}: row ${row} shows "${rows[row]}", not event ${k}`);
    });
    const total = r.renders.reduce((a, b) => a + b, 0);
    const changed = order.slice(0, EVENTS).every((row) => r.renders[row] >= 1);
    r.view.unmount();
    r.client.dispose();
    return { name: r.name, total, changed, times: Array.from(r.times) };
  });
}

async function rendering() {
  const results = await measure();
  const base = median(results[0].times);
  printTable(
    `3. Rendering cost: ${ROWS.toLocaleString('en-US')} interactions, one component each; ${EVENTS.toLocaleString('en-US')} events, each changing one interaction (jsdom, production builds; renderers side by side, events round-robin)`,
    results.map((r) => ({
      renderer: r.name,
      'renders/event': fixed(r.total / EVENTS),
      'median µs/event': us(median(r.times)),
      'p95 µs/event': us(p95(r.times)),
      'mean µs/event': us(mean(r.times)),
      'median / no framework': ratio(median(r.times), base),
      'each changed row rendered': r.changed ? 'yes' : 'NO',
    })),
    [
      'renders/event: row-component renders per event, counted in the components (1.00 = only the changed row renders, once; 1,000 would be the whole list).',
      'µs/event: from the host posting the event until the framework has rendered it (delivery, validation, store update, render, DOM write), flushed right away',
      "  (React flushSync, Vue nextTick, Angular ApplicationRef.tick): the frameworks' scheduling delay (a microtask; a timer or frame for zoneless Angular) is not included.",
      'median / no framework: the typical cost of the framework and its adapter over a bare store subscriber writing textContent (mean: with the GC the loop causes).',
      "React, no adapter: the same rows with hand-written hooks (a context, useSyncExternalStore), React's own floor; each update walks the list's 1,000 sibling fibers.",
    ],
  );
}

await rendering();
