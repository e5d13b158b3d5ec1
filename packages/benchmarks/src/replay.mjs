// Benchmark 5: replay. A 10,000-message recording of a real session (inbound call, answer, set
// user data, customer hangs up, mark done; again and again), made against @wwe-kit/simulator's
// test workspace with the core's recorder, is replayed in step mode: (a) the replay engine alone
// (createReplay: each recorded request fed back, each event stepped), (b) the whole test stack
// (createTestWorkspace({ replay }) with a @wwe-kit/core client and the app reacting to each event,
// runToEnd(): one settled() per step). CPU time from process.cpuUsage (user + system). A figure,
// never an assertion.
import { inspectClient } from '@wwe-kit/core/internal';
import { createRecorder } from '@wwe-kit/core/recording';
import { createReplay, createTestWorkspace } from '@wwe-kit/simulator';
import { fixed, int, printTable } from './lib/format.mjs';

const MESSAGES = Number(process.env.BENCH_REPLAY_MESSAGES ?? 10_000);

/** The app: answers, sets the disposition once talking, marks done once released. */
function app(client) {
  client.on('interaction', (e) => {
    const id = e.interaction.interactionId;
    if (e.eventType === 'ADDED' && e.interaction.state === 'RINGING') void client.voice.answer(id);
    if (e.eventType === 'ESTABLISHED')
      void client.interaction.setUserData(id, { Disposition: 'Sale' });
    if (e.eventType === 'RELEASED') void client.interaction.markdone(id);
  });
}

async function record() {
  const s = createTestWorkspace();
  const recorder = createRecorder({
    appUrl: 'http://localhost/app',
    now: s.clock.now,
    maxMessages: Infinity,
  });
  inspectClient(s.client, (e) => {
    if (e.kind === 'in' || e.kind === 'out') recorder.add(e.kind, e.message, s.clock.now());
  });
  app(s.client);
  await s.settled();
  while (recorder.size < MESSAGES) {
    s.clock.advance(1000);
    const id = s.workspace.simulateInboundCall({ ani: '5551234', userData: { Segment: 'Gold' } });
    await s.settled();
    s.clock.advance(3000);
    s.workspace.customerHangUp(id);
    await s.settled();
  }
  const recording = recorder.recording({ workspaceOrigin: 'http://localhost' });
  s.dispose();
  return recording;
}

const cpuMs = (since) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

const recording = await record();
const events = recording.messages.filter((m) => m.kind === 'event').length;
const rows = [];

{
  const since = process.cpuUsage();
  const t0 = performance.now();
  const replay = createReplay(recording);
  let posted = 0;
  replay.connect(() => posted++);
  for (const m of recording.messages) {
    if (m.dir === 'out') replay.receive(m.message);
    else if (m.kind === 'event') replay.step();
  }
  const divergences = replay.finish().length;
  rows.push({
    case: '(a) replay engine alone (createReplay, step)',
    messages: int(recording.messages.length),
    steps: int(replay.position.step),
    'CPU ms': fixed(cpuMs(since), 0),
    'wall ms': fixed(performance.now() - t0, 0),
    divergences: int(divergences),
  });
}

{
  const since = process.cpuUsage();
  const t0 = performance.now();
  const t = createTestWorkspace({ replay: recording });
  app(t.client);
  await t.runToEnd();
  rows.push({
    case: '(b) createTestWorkspace({ replay }) + client + app, runToEnd',
    messages: int(recording.messages.length),
    steps: int(t.position.step),
    'CPU ms': fixed(cpuMs(since), 0),
    'wall ms': fixed(performance.now() - t0, 0),
    divergences: int(t.divergences.length),
  });
  t.dispose();
}

printTable(
  `Replay in step mode: a ${int(recording.messages.length)}-message recording (${int(events)} events)`,
  rows,
  [
    'CPU: process.cpuUsage (user + system) around the replay alone (the recording is made first).',
    '(b) settles after every step: a timer turn each, so its wall time is mostly waiting, not CPU.',
  ],
);
