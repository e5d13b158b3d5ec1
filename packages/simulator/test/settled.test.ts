// TestWorkspace.settled(): one await after a driver call or a request, and every message, reply,
// event and store update of the flow has happened.
import { workspaceStores } from '@wwe-kit/core';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createTestWorkspace, type TestWorkspace } from '../src/index';

let t: TestWorkspace | undefined;
afterEach(() => {
  vi.useRealTimers();
  t?.dispose();
  t = undefined;
});

describe('settled()', () => {
  test('after simulateInboundCall, one await settled() and the interactions store has the call; before it, not yet', async () => {
    t = createTestWorkspace();
    const { interactions } = workspaceStores(t.client);
    interactions.subscribe(() => {});
    await t.settled();
    expect(interactions.get().status).toBe('ready');

    t.workspace.simulateInboundCall({ ani: '5551234' });
    // The event is on its way (delivered on the microtask queue, as postMessage delivers later).
    expect(interactions.get().interactions).toEqual([]);

    await t.settled();
    expect(interactions.get().interactions).toMatchObject([{ ani: '5551234', state: 'RINGING' }]);
  });

  test('the first load too: stores are ready after one settled() from a cold client', async () => {
    t = createTestWorkspace();
    t.workspace.simulateInboundCall({ ani: '1' });
    const { agent, interactions, media } = workspaceStores(t.client);
    for (const s of [agent, interactions, media]) s.subscribe(() => {});
    expect(agent.get().status).toBe('loading');
    await t.settled();
    expect(agent.get().status).toBe('ready');
    expect(media.get().status).toBe('ready');
    expect(interactions.get().interactions.map((i) => i.ani)).toEqual(['1']);
  });

  test('a flow of several hops (event → request → reply → request → event) needs one settled()', async () => {
    t = createTestWorkspace();
    const seen: string[] = [];
    t.client.on('interaction', async (e) => {
      if (e.eventType !== 'RINGING' || !e.interaction) return;
      const found = await t!.client.interaction.getByInteractionId(e.interaction.interactionId);
      seen.push(`userData ${String(found?.userData?.Segment)}`);
      await t!.client.voice.answer(e.interaction.interactionId);
      seen.push('answered');
      await t!.client.system.popupToast({ title: `Gold call ${e.interaction.ani}` });
    });
    await t.settled();
    t.workspace.simulateInboundCall({ ani: '5551234', userData: { Segment: 'Gold' } });
    for (let i = 0; i < 3; i++) await Promise.resolve();
    expect(seen).toEqual([]); // a few microtask turns are not enough for three round trips
    await t.settled();
    expect(seen).toEqual(['userData Gold', 'answered']);
    const snap = t.workspace.getSnapshot();
    expect(snap.interactions[0]?.state).toBe('TALKING');
    expect(snap.toasts.map((x) => x.params.title)).toEqual(['Gold call 5551234']);
  });

  test('a request not awaited (a click handler) has reached the host and its reply the client', async () => {
    t = createTestWorkspace();
    const { interactions } = workspaceStores(t.client);
    interactions.subscribe(() => {});
    void t.client.voice.dial('5001');
    await t.settled();
    const dial = t.host.log().filter((e) => e.request === 'voice.dial');
    expect(dial.map((e) => `${e.direction} ${e.type} ${e.outcome ?? ''}`.trim())).toEqual([
      'in request answered',
      'out reply',
    ]);
    expect(t.workspace.getSnapshot().interactions).toMatchObject([
      { direction: 'OUT', dnis: '5001' },
    ]);
    expect(interactions.get().interactions).toMatchObject([{ dnis: '5001', state: 'TALKING' }]);
  });

  test('it does not wait for replies Workspace holds back (inject delayMs), which come later', async () => {
    t = createTestWorkspace();
    t.host.inject({ request: 'agent.getState', delayMs: 200, times: 1 });
    let state: unknown;
    void t.client.agent.getState().then((s) => (state = s));
    const started = performance.now();
    await t.settled();
    expect(performance.now() - started).toBeLessThan(150);
    expect(state).toBeUndefined();
    expect(t.host.stats().delayedReplies).toBe(1);
    await vi.waitFor(() => expect(state).toMatchObject({ operationName: 'Ready' }));
  });

  test('with fake timers it still settles (microtask turns instead of a timer turn)', async () => {
    vi.useFakeTimers();
    expect('clock' in setTimeout).toBe(true); // how settled() knows
    t = createTestWorkspace();
    const { interactions } = workspaceStores(t.client);
    interactions.subscribe(() => {});
    await t.settled();
    t.workspace.simulateInboundChat({ from: 'Ada' });
    await t.settled();
    expect(interactions.get().interactions).toMatchObject([{ media: 'chat', state: 'INVITED' }]);
  });

  test('traffic that never stops (a poll on a zero-delay timer) makes it reject, bounded', async () => {
    t = createTestWorkspace();
    let stop = false;
    const poll = (): unknown => !stop && t!.client.agent.getState().then(() => setTimeout(poll, 0));
    poll();
    await expect(t.settled()).rejects.toThrow(/still flowing after 1000 rounds/);
    stop = true;
    await t.settled();
  });

  test('after dispose it resolves at once', async () => {
    t = createTestWorkspace();
    t.dispose();
    await expect(t.settled()).resolves.toBeUndefined();
  });
});
