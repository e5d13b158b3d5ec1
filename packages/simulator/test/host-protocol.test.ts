import { withOptions } from '@wwe-kit/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestWorkspace, type HostLogEntry, type TestWorkspace } from '../src';
import { flush, rawFrame } from './helpers';

let t: TestWorkspace;
afterEach(() => t.dispose());

describe('wire protocol', () => {
  it('assigns a frameId, replies with subscriptionId at top level, delivers events only to subscribers', () => {
    t = createTestWorkspace();
    const a = rawFrame(t.host, 'http://localhost');
    const b = rawFrame(t.host, 'http://localhost');
    const sub = a.subscribe(['agent', 'interaction']);
    expect(a.inbox[0]).toEqual({
      frameId: a.frame.frameId,
      userAgent: 'WWE Server',
      protocolVersion: 2,
    });
    expect(a.inbox[1]).toEqual({
      referenceId: 's0',
      subscriptionId: sub,
      userAgent: 'WWE Server',
      protocolVersion: 2,
    });
    expect(b.request('agent.getState')[0]).toEqual({
      referenceId: 'r0',
      data: expect.objectContaining({ operationName: 'Ready' }),
      userAgent: 'WWE Server',
      protocolVersion: 2,
    });
    expect(b.request('agent.setState', ['NotReady'])[0]).toEqual({
      referenceId: 'r1',
      userAgent: 'WWE Server',
      protocolVersion: 2,
    });
    expect(a.events('agent')).toEqual([{ eventType: 'STATE_CHANGED', mediaState: 'NOT_READY' }]);
    expect(b.events('agent')).toEqual([]);
    expect(t.host.frames().find((f) => f.frameId === a.frame.frameId)?.subscriptions).toEqual([
      { subscriptionId: sub, topics: ['agent', 'interaction'] },
    ]);
    a.frame.receive({
      event: 'unsubscribe',
      data: sub,
      referenceId: 'u',
      userAgent: 'WWE Client',
      protocolVersion: 2,
    });
    t.workspace.setAgentState('Ready');
    expect(a.events('agent')).toHaveLength(1);
    a.frame.detach();
    b.frame.detach();
  });

  it('relays messenger.broadcastMessage to every frame subscribed to messenger:<channel>', async () => {
    t = createTestWorkspace();
    const a = rawFrame(t.host, 'http://localhost');
    const b = rawFrame(t.host, 'http://localhost');
    b.subscribe(['messenger:crm']);
    const got: unknown[] = [];
    t.client.on('messenger:crm', (m) => got.push(m));
    await t.client.agent.get();
    a.request('messenger.broadcastMessage', ['crm', { customer: 42 }]);
    a.request('messenger.broadcastMessage', ['other', 'x']);
    await flush();
    expect(b.events('messenger:crm')).toEqual([{ customer: 42 }]);
    expect(got).toEqual([{ customer: 42 }]);
  });

  it('ignores malformed and unsafe messages', () => {
    t = createTestWorkspace();
    const a = rawFrame(t.host, 'http://localhost');
    a.frame.receive('hello');
    a.frame.receive({ request: 'agent.get', userAgent: 'WWE Client' }); // no referenceId
    a.frame.receive(JSON.parse('{"request":"agent.get","referenceId":"1","__proto__":{"x":1}}'));
    a.frame.receive({ event: 'agent', data: {}, userAgent: 'WWE Server', protocolVersion: 2 });
    expect(a.inbox).toEqual([]);
    expect(t.host.stats().outcomes.invalid).toBe(4);
  });

  it('logs every message in and out with its outcome', async () => {
    t = createTestWorkspace({
      client: { timeoutMs: 50 },
      options: { 'service-client-api.accepted-web-content-origins': 'http://localhost (agent.*)' },
    });
    const log: HostLogEntry[] = [];
    const off = t.host.onLog((e) => log.push(e));
    await t.client.agent.get();
    await expect(t.client.voice.dial('1')).rejects.toMatchObject({ code: 'TIMEOUT' });
    off();
    expect(
      log.map((e) => `${e.direction} ${e.type} ${e.request ?? ''} ${e.outcome ?? ''}`.trim()),
    ).toEqual([
      'out frameId', // sent as soon as an accepted frame is first heard
      'in request agent.get answered',
      'out reply agent.get',
      'in request voice.dial refused-filter',
    ]);
    expect(log[1]).toMatchObject({
      seq: 2,
      origin: 'http://localhost',
      frameId: 'frame-1',
      at: t.clock.now(),
    });
  });
});

describe('fault injection', () => {
  it('fails, drops or delays replies to chosen requests', async () => {
    t = createTestWorkspace({ client: { timeoutMs: 200 } });
    t.host.inject({ request: 'voice.dial', fail: 'Dial plan unavailable', times: 1 });
    await expect(t.client.voice.dial('5001')).rejects.toMatchObject({
      code: 'HOST_ERROR',
      hostMessage: 'Dial plan unavailable',
    });
    expect(t.workspace.getSnapshot().interactions).toEqual([]);
    await t.client.voice.dial('5001'); // times: 1 is spent
    const remove = t.host.inject({ request: 'agent.*', drop: true });
    await expect(t.client.agent.setState('NotReady')).rejects.toMatchObject({ code: 'TIMEOUT' });
    expect(t.workspace.getSnapshot().agentState.operationName).toBe('NotReady'); // it ran, the reply was lost
    remove();
    vi.useFakeTimers();
    try {
      t.host.inject({ request: '*', delayMs: 150 });
      const p = t.client.agent.getState(withOptions({ timeoutMs: 0 }));
      await vi.advanceTimersByTimeAsync(0);
      expect(t.host.stats().delayedReplies).toBe(1);
      await vi.advanceTimersByTimeAsync(150);
      await expect(p).resolves.toMatchObject({ operationName: 'NotReady' });
    } finally {
      vi.useRealTimers();
    }
    t.host.clearFaults();
    expect(t.host.stats().faults).toBe(0);
  });
});

describe('cleanup', () => {
  it('withdraws subscriptions when the client lets go, and forgets frames on dispose', async () => {
    t = createTestWorkspace();
    const off = t.client.on('interaction', () => {});
    t.client.on('agent', () => {});
    await t.client.agent.get();
    expect(t.host.stats()).toMatchObject({ frames: 1, subscriptions: 2 });
    off();
    await flush();
    expect(t.host.stats().subscriptions).toBe(1);
    t.client.dispose();
    await flush();
    expect(t.host.stats().subscriptions).toBe(0);
    t.dispose();
    expect(t.host.stats().frames).toBe(0);
  });
});
