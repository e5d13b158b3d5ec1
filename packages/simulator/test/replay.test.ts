import type { WorkspaceClient } from '@wwe-kit/core';
import { inspectClient } from '@wwe-kit/core/internal';
import { createRecorder, MASKED, type Recording } from '@wwe-kit/core/recording';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createReplay,
  createTestWorkspace,
  ReplayDivergenceError,
  ReplayRecordingError,
  type ReplayTestWorkspace,
} from '../src';

/**
 * A small app: it answers a ringing call, sets the disposition once talking, marks the call done
 * once the customer hung up; `ui` is what its screen shows. `variant: 'changed'` writes another
 * user-data key (one different request: a masked value matches any value, not another key).
 */
function app(client: WorkspaceClient, variant: 'same' | 'changed' = 'same') {
  const ui: string[] = [];
  client.on('interaction', (e) => {
    if (!e.interaction) return; // a case event: no interaction
    const { interactionId: id, state } = e.interaction;
    ui.push(`${e.eventType}:${state}`);
    if (e.eventType === 'ADDED' && state === 'RINGING') void client.voice.answer(id);
    if (e.eventType === 'ESTABLISHED')
      void client.interaction.setUserData(
        id,
        variant === 'same' ? { Disposition: 'Sale' } : { Outcome: 'Sale' },
      );
    if (e.eventType === 'RELEASED') void client.interaction.markdone(id);
  });
  return ui;
}

/** Records a session of `app` against the simulated Workspace: inbound call, hang-up. */
async function record(): Promise<{ recording: Recording; ui: string[] }> {
  const s = createTestWorkspace();
  const recorder = createRecorder({
    appUrl: 'http://localhost/app',
    startedAt: s.clock.now(),
    now: s.clock.now,
  });
  const watch = inspectClient(s.client, (e) => {
    if (e.kind === 'in' || e.kind === 'out') recorder.add(e.kind, e.message, s.clock.now());
  });
  const ui = app(s.client);
  await s.settled();
  s.clock.advance(1000);
  const id = s.workspace.simulateInboundCall({ ani: '5551234' });
  await s.settled();
  s.clock.advance(5000);
  s.workspace.customerHangUp(id);
  await s.settled();
  watch.stop();
  s.dispose();
  return { recording: recorder.recording({ workspaceOrigin: 'http://localhost' }), ui };
}

let t: ReplayTestWorkspace | undefined;
afterEach(() => {
  t?.dispose();
  t = undefined;
});

describe('createTestWorkspace({ replay })', () => {
  it('replays a recorded session: the same UI states at the same steps, zero divergences', async () => {
    const { recording, ui: recorded } = await record();
    expect(recorded).toContain('REMOVED:RELEASED');
    t = createTestWorkspace({ replay: recording });
    const ui = app(t.client);
    await t.settled();
    const seen: string[][] = [];
    while (!t.position.done) {
      await t.step();
      seen.push([...ui]);
    }
    await t.runToEnd();
    expect(ui).toEqual(recorded);
    // The app subscribes to one topic: each step (one event) adds one UI state, as recorded.
    expect(seen).toEqual(recorded.map((_, i) => recorded.slice(0, i + 1)));
    expect(t.position).toMatchObject({ step: t.position.steps, done: true });
    expect(t.divergences).toEqual([]);
  });

  it('fails on a changed app, naming the divergence and its position', async () => {
    const { recording } = await record();
    t = createTestWorkspace({ replay: recording });
    app(t.client, 'changed');
    const failure = await t.runToEnd().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(ReplayDivergenceError);
    const index = recording.messages.findIndex(
      (m) => (m.message as { request?: string }).request === 'interaction.setUserData',
    );
    expect(t.divergences).toEqual([
      expect.objectContaining({ kind: 'parameters', request: 'interaction.setUserData', index }),
    ]);
    expect((failure as Error).message).toContain(`messages[${index}]`);
    expect((failure as Error).message).toContain('Outcome');
  });

  it('tolerant mode matches by name only', async () => {
    const { recording } = await record();
    t = createTestWorkspace({ replay: recording, tolerant: true });
    const ui = app(t.client, 'changed');
    await t.runToEnd();
    expect(t.divergences).toEqual([]);
    expect(ui).toContain('REMOVED:RELEASED');
  });

  it('runUntil stops after the event the predicate picks', async () => {
    const { recording } = await record();
    t = createTestWorkspace({ replay: recording });
    const ui = app(t.client);
    const taken = await t.runUntil(
      (m) => (m.message as { data?: { eventType?: string } }).data?.eventType === 'ESTABLISHED',
    );
    expect(taken).toBeGreaterThan(0);
    expect(ui.at(-1)).toBe('ESTABLISHED:TALKING');
    expect(t.position.done).toBe(false);
  });

  it('reports a recorded request the app never sent, at its position, when the replay ends', async () => {
    const { recording } = await record();
    t = createTestWorkspace({ replay: recording, strict: false });
    // An app that never marks the call done.
    t.client.on('interaction', (e) => {
      if (e.eventType === 'ADDED') void t!.client.voice.answer(e.interaction.interactionId);
      if (e.eventType === 'ESTABLISHED')
        void t!.client.interaction.setUserData(e.interaction.interactionId, {
          Disposition: 'Sale',
        });
    });
    await t.runToEnd();
    const index = recording.messages.findIndex(
      (m) => (m.message as { request?: string }).request === 'interaction.markdone',
    );
    expect(index).toBeGreaterThan(0);
    expect(t.divergences).toEqual([
      expect.objectContaining({ kind: 'missing', request: 'interaction.markdone', index }),
    ]);
    expect(t.divergences[0]!.message).toMatch(
      /: the app never sent interaction\.markdone \["1"\]$/,
    );
  });

  it('a read repeated as React StrictMode does in development gets its recorded reply again; a repeated write is still a divergence', async () => {
    // Recorded: the app reads the agent's state, then follows a call.
    const s = createTestWorkspace();
    const recorder = createRecorder({ startedAt: s.clock.now(), now: s.clock.now });
    const watch = inspectClient(s.client, (e) => {
      if (e.kind === 'in' || e.kind === 'out') recorder.add(e.kind, e.message, s.clock.now());
    });
    const ui = app(s.client);
    const state = await s.client.agent.getState();
    const id = s.workspace.simulateInboundCall({ ani: '5551234' });
    await s.settled();
    s.workspace.customerHangUp(id);
    await s.settled();
    watch.stop();
    s.dispose();
    const recording = recorder.recording({ workspaceOrigin: 'http://localhost' });

    // Replayed in StrictMode's way: mounted (subscribe, read), unmounted (unsubscribe), mounted
    // again (subscribe, read): the repeats get the recorded replies; nothing diverges.
    t = createTestWorkspace({ replay: recording });
    const off = t.client.on('interaction', () => {});
    const first = t.client.agent.getState();
    await t.settled();
    off();
    await t.settled();
    const again = app(t.client);
    const second = t.client.agent.getState();
    expect(await first).toEqual(state);
    expect(await second).toEqual(state);
    await t.runToEnd();
    expect(again).toEqual(ui);
    expect(t.divergences).toEqual([]);
    t.dispose();

    // A write sent twice: the second is a divergence.
    t = createTestWorkspace({ replay: recording, strict: false });
    app(t.client);
    void t.client.agent.getState();
    await t.runUntil(
      (m) => (m.message as { data?: { eventType?: string } }).data?.eventType === 'ESTABLISHED',
    );
    void t.client.interaction.setUserData('1', { Disposition: 'Sale' }).catch(() => {});
    await t.settled();
    expect(t.divergences).toEqual([
      expect.objectContaining({ kind: 'unexpected', request: 'interaction.setUserData' }),
    ]);
    expect(t.divergences[0]!.message).toMatch(/which the recording does not have \(again\)$/);
  });

  it('the connection probe the devtools sent while recording is answered when asked, never required', async () => {
    // Recorded with something watching the connection (as the devtools panel does).
    const s = createTestWorkspace();
    const recorder = createRecorder({ startedAt: s.clock.now(), now: s.clock.now });
    const watch = inspectClient(s.client, (e) => {
      if (e.kind === 'in' || e.kind === 'out') recorder.add(e.kind, e.message, s.clock.now());
    });
    const stopWatching = s.client.connection.subscribe(() => {});
    app(s.client);
    await s.settled();
    s.workspace.simulateInboundCall({ ani: '5551234' });
    await s.settled();
    watch.stop();
    stopWatching();
    s.dispose();
    const recording = recorder.recording({ workspaceOrigin: 'http://localhost' });
    const probe = recording.messages.filter(
      (m) => (m.message as { request?: string }).request === 'system.getAllowedServices',
    );
    expect(probe).toHaveLength(1);

    // Replayed to the app alone: no divergence.
    t = createTestWorkspace({ replay: recording });
    const ui = app(t.client);
    await t.runToEnd();
    expect(ui).toContain('ESTABLISHED:TALKING');
    expect(t.divergences).toEqual([]);
    t.dispose();
    // Replayed to the app and a connection status: the probe gets its recorded reply.
    t = createTestWorkspace({ replay: recording });
    app(t.client);
    t.client.connection.subscribe(() => {});
    await t.runToEnd();
    expect(t.client.connection.get()).toMatchObject({ status: 'connected' });
    expect(t.client.can('voice.answer')).toBe(true);
    expect(t.divergences).toEqual([]);
  });
});

const base = (messages: Recording['messages']): Recording => ({
  format: 'wwe-kit-recording',
  version: 1,
  meta: {
    wweKitVersion: '0.1.0',
    appUrl: 'http://localhost/',
    workspaceOrigin: 'http://localhost',
    startedAt: '2024-01-01T09:00:00.000Z',
    masking: { mode: 'user-data', kept: [] },
    messageCount: messages.length,
    dropped: 0,
  },
  messages,
});
const env = { userAgent: 'WWE Server', protocolVersion: 2 };
const out = { userAgent: 'WWE Client', protocolVersion: 2 };

describe('createReplay', () => {
  it('answers with the recorded reply under the app’s own referenceId', () => {
    const replay = createReplay(
      base([
        {
          t: 0,
          dir: 'out',
          kind: 'request',
          message: { request: 'agent.getState', referenceId: '41', ...out },
        },
        { t: 3, dir: 'in', kind: 'reply', message: { referenceId: '41', data: 'Ready', ...env } },
      ]),
    );
    const sent: unknown[] = [];
    replay.connect((m) => sent.push(m));
    replay.receive({ request: 'agent.getState', referenceId: '7', ...out });
    expect(sent).toEqual([{ referenceId: '7', data: 'Ready', ...env }]);
    expect(replay.finish()).toEqual([]);
  });

  it('a masked value matches any value of the same key, not another key', () => {
    const recording = base([
      {
        t: 0,
        dir: 'out',
        kind: 'request',
        message: {
          request: 'interaction.setUserData',
          parameters: ['1', { Segment: MASKED }],
          referenceId: '1',
          ...out,
        },
      },
      { t: 1, dir: 'in', kind: 'reply', message: { referenceId: '1', ...env } },
      {
        t: 2,
        dir: 'out',
        kind: 'request',
        message: {
          request: 'interaction.setUserData',
          parameters: ['1', { Segment: MASKED }],
          referenceId: '2',
          ...out,
        },
      },
    ]);
    const replay = createReplay(recording);
    replay.connect(() => {});
    replay.receive({
      request: 'interaction.setUserData',
      parameters: ['1', { Segment: 'gold' }],
      referenceId: 'a',
      ...out,
    });
    expect(replay.divergences).toEqual([]);
    replay.receive({
      request: 'interaction.setUserData',
      parameters: ['1', { Tier: 'gold' }],
      referenceId: 'b',
      ...out,
    });
    expect(replay.divergences).toEqual([
      expect.objectContaining({ kind: 'parameters', index: 2, request: 'interaction.setUserData' }),
    ]);
  });

  it('reports an unexpected request with the replay’s position, and sends it no reply', () => {
    const replay = createReplay(
      base([
        {
          t: 5,
          dir: 'in',
          kind: 'event',
          message: { event: 'agent', data: { eventType: 'STATE_CHANGED' }, ...env },
        },
      ]),
    );
    const sent: unknown[] = [];
    replay.connect((m) => sent.push(m));
    expect(() =>
      replay.receive({
        request: 'voice.dial',
        parameters: ['5001', null],
        referenceId: '1',
        ...out,
      }),
    ).not.toThrow();
    expect(sent).toEqual([]);
    expect(replay.divergences).toEqual([
      expect.objectContaining({ kind: 'unexpected', index: 0, t: 5, request: 'voice.dial' }),
    ]);
    expect(replay.divergences[0]!.message).toMatch(
      /^messages\[0\] \(t=5 ms\): the app sent voice\.dial/,
    );
  });

  it('refuses an invalid recording with the validator’s message, and a newer version naming both', () => {
    const cut = JSON.stringify(base([])).slice(0, -5);
    expect(() => createReplay(cut)).toThrow(ReplayRecordingError);
    expect(() => createReplay(cut)).toThrow(/\$: not JSON/);
    expect(() => createReplay({ ...base([]), version: 2 })).toThrow(
      /\$\.version: this recording is in format version 2.*reads: 1/,
    );
    expect(() => createTestWorkspace({ replay: { ...base([]), meta: {} } })).toThrow(
      /\$\.meta\.wweKitVersion/,
    );
  });

  it('plays events at their recorded times, scaled by speed', () => {
    const timers: { run: () => void; ms: number }[] = [];
    const event = (t: number, n: number) => ({
      t,
      dir: 'in' as const,
      kind: 'event' as const,
      message: { event: 'agent', data: { n }, ...env },
    });
    const replay = createReplay(base([event(100, 1), event(400, 2)]), {
      speed: 2,
      setTimeout: (run, ms) => timers.push({ run, ms }),
      clearTimeout: () => {},
    });
    const sent: unknown[] = [];
    replay.connect((m) => sent.push(m));
    replay.play();
    expect(timers.map((x) => x.ms)).toEqual([50]);
    timers[0]!.run();
    expect(sent).toHaveLength(1);
    expect(timers.map((x) => x.ms)).toEqual([50, 150]);
    replay.pause();
    timers[1]!.run();
    expect(sent).toHaveLength(1);
    expect(replay.position).toMatchObject({ step: 1, steps: 2, playing: false, done: false });
    replay.step();
    expect(replay.position).toMatchObject({ step: 2, done: true });
  });
});
