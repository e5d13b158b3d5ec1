// Benchmark (issue 4): 100,000 mixed interaction events across 1,000 live interactions, applied
// through the real client (validation, dispatch) into the live stores, with one per-id store
// subscriber per interaction (as 1,000 rendered rows would have). Baseline in the same run: the
// same events through the same client to a no-op handler. Prints a table; asserts nothing.
import { createMemoryTransport, createWorkspaceClient, workspaceStores } from '../dist/index.js';

const N_INTERACTIONS = 1_000;
const N_EVENTS = 100_000;
const KINDS = [
  'ATTACHED_DATA_CHANGED',
  'HELD',
  'ESTABLISHED',
  'CALL_RECORDING_STATE_CHANGED',
  'PARTY_CHANGED',
];

const call = (i, n) => ({
  interactionId: String(i),
  media: 'voice',
  state: n % 2 ? 'HELD' : 'TALKING',
  ani: `+1555${String(i).padStart(6, '0')}`,
  recordingState: n % 3 ? 'RECORDING' : 'STOPPED',
  userData: { Key1: `v${n}`, Customer: `c${i}` },
  parties: [{ name: '5001' }],
});

function events() {
  const out = [];
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let n = 0; n < N_EVENTS; n++) {
    const i = Math.floor(rnd() * N_INTERACTIONS);
    const k = n % 50 === 49 ? 'REMOVED' : n % 50 === 0 && n > 0 ? 'ADDED' : KINDS[n % KINDS.length];
    out.push({
      event: 'interaction',
      data: { eventType: k, media: 'voice', interaction: call(i, n) },
      userAgent: 'WWE Server',
      protocolVersion: 2,
    });
  }
  return out;
}

function setup() {
  const { transport, host } = createMemoryTransport({ clone: false });
  host.onMessage((m) => {
    if (m.event === 'subscribe')
      host.post({
        referenceId: m.referenceId,
        subscriptionId: 's',
        userAgent: 'WWE Server',
        protocolVersion: 2,
      });
    else if (m.request === 'interaction.getInteractions')
      host.post({
        referenceId: m.referenceId,
        data: Array.from({ length: N_INTERACTIONS }, (_, i) => call(i, 0)),
        userAgent: 'WWE Server',
        protocolVersion: 2,
      });
  });
  return { host, client: createWorkspaceClient({ transport }) };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

async function run(withStores) {
  const { host, client } = setup();
  let applied = 0;
  const offs = [];
  if (withStores) {
    const stores = workspaceStores(client);
    for (let i = 0; i < N_INTERACTIONS; i++)
      offs.push(stores.interaction(String(i)).subscribe(() => applied++));
  } else offs.push(client.on('interaction', () => applied++));
  await settle();
  await settle();
  applied = 0;
  const evs = events();
  const t0 = performance.now();
  for (const e of evs) host.post(e);
  await settle();
  const ms = performance.now() - t0;
  offs.forEach((off) => off());
  client.dispose();
  return { ms, applied };
}

const rows = [];
for (let round = 0; round < 3; round++) {
  const base = await run(false);
  const stores = await run(true);
  rows.push({ base, stores });
}
const best = (k) => Math.min(...rows.map((r) => r[k].ms));
const base = best('base');
const stores = best('stores');
const fmt = (n) => Math.round(n).toLocaleString('en-US');
console.log(
  `\nLive stores: ${fmt(N_EVENTS)} mixed interaction events over ${fmt(N_INTERACTIONS)} live interactions (best of 3, node ${process.version})`,
);
console.table({
  'no-op handler (baseline)': {
    'total ms': base.toFixed(1),
    'events/s': fmt(N_EVENTS / (base / 1000)),
    'µs/event': ((base * 1000) / N_EVENTS).toFixed(2),
  },
  'stores + 1,000 per-id subscribers': {
    'total ms': stores.toFixed(1),
    'events/s': fmt(N_EVENTS / (stores / 1000)),
    'µs/event': ((stores * 1000) / N_EVENTS).toFixed(2),
  },
});
console.log(
  `store cost over baseline: ${(stores / base).toFixed(2)}x; per-id notifications in the last round: ${fmt(rows[2].stores.applied)}`,
);
