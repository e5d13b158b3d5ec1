// Benchmark 4: memory. Per framework, a component tree using every hook / composable / service of
// its adapter is mounted, loaded (agent, media, interactions, one interaction, an action's reply),
// and unmounted, 10,000 times against @wwe-kit/simulator's test workspace. Then: what is still held
// (client handlers, subscriptions and pending requests, the host's subscriptions and delayed replies,
// live timers: target 0) and how much the heap grew (node --expose-gc, gc() before each reading).
import { installDom, liveTimers } from './lib/dom.mjs';
import { fixed, int, macrotask, printTable } from './lib/format.mjs';
import { EVERYTHING_READY } from './lib/row.mjs';

installDom();
const { createTestWorkspace } = await import('@wwe-kit/simulator');

const CYCLES = Number(process.env.BENCH_MEMORY_CYCLES ?? 10_000);
const WARMUP = 500;
const FRAMEWORKS = ['react', 'vue', 'angular'];

if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc');

async function heapUsed() {
  for (let i = 0; i < 3; i++) {
    globalThis.gc();
    await macrotask();
  }
  return process.memoryUsage().heapUsed;
}

async function measure(key) {
  const fw = await import(`./lib/${key}.mjs`);
  const t = createTestWorkspace();
  const id = t.workspace.simulateInboundCall({ ani: '+15550001' });
  const text = (view) => view.container.querySelector('p')?.textContent;

  const cycle = async () => {
    const view = await fw.mountEverything(t.client, id);
    for (let i = 0; text(view) !== EVERYTHING_READY; i++) {
      if (i > 1_000) throw new Error(`${key}: never loaded (shows "${text(view)}")`);
      await macrotask();
      await view.flush();
    }
    view.unmount();
    await macrotask(); // the unsubscribes reach the host
  };

  for (let i = 0; i < WARMUP; i++) await cycle();
  const before = await heapUsed();
  let half = 0;
  let ms = 0;
  for (let i = 0; i < CYCLES; i++) {
    if (i === CYCLES / 2) half = await heapUsed();
    const start = performance.now();
    await cycle();
    ms += performance.now() - start;
  }
  await new Promise((r) => setTimeout(r, 50)); // let any scheduler timer run out
  const after = await heapUsed();

  const client = t.client.stats();
  const host = t.host.stats();
  const result = {
    name: fw.name,
    ms,
    handlers: client.handlers,
    subscriptions: client.subscriptions,
    pending: client.pending,
    hostSubscriptions: host.subscriptions,
    delayedReplies: host.delayedReplies,
    timers: liveTimers(),
    growth: after - before,
    secondHalf: after - half,
    dropped: client.dropped,
  };
  t.dispose();
  return result;
}

async function memory() {
  const results = [];
  for (const key of FRAMEWORKS) results.push(await measure(key));
  printTable(
    `4. Memory: a tree using every hook / composable / service mounted, loaded and unmounted ${int(CYCLES)} times per framework (jsdom, simulator test workspace)`,
    results.map((r) => ({
      framework: r.name,
      'ms/cycle': fixed(r.ms / CYCLES, 3),
      'client handlers': r.handlers,
      'client subscriptions': r.subscriptions,
      'pending requests': r.pending,
      'host subscriptions': r.hostSubscriptions + r.delayedReplies,
      'live timers': r.timers,
      'heap growth MB': fixed(r.growth / 2 ** 20, 2),
      'of which 2nd half MB': fixed(r.secondHalf / 2 ** 20, 2),
      'bytes/cycle (2nd half)': int(r.secondHalf / (CYCLES / 2)),
    })),
    [
      "retained (target 0): client.stats() handlers, subscriptions (topics) and pending requests; the simulator host's subscriptions (+ delayed replies); live setTimeout/setInterval timers.",
      `heap growth: heapUsed after the ${int(CYCLES)} cycles minus before them (after ${WARMUP} warm-up cycles), each reading after gc(). The first ~1-2 MB is a one-off`,
      "  plateau (JIT code, caches, the simulator's 500-entry log); a leak keeps growing: it shows in the 2nd half (cycles " +
        int(CYCLES / 2) +
        '-' +
        int(CYCLES) +
        '), ~0 when nothing leaks.',
      "Angular: the tree's root component has provideWorkspace() in its providers, so its services are created and destroyed with it (root services would live with the app).",
    ],
  );
}

await memory();
