import { describe, expect, test } from 'vitest';
import { createMemoryTransport } from '../src/testing';
import { installLegacyService } from '../src/legacy';
import { flush } from './fake-host';

function legacy(answer: (m: any) => object | undefined) {
  const { transport, host } = createMemoryTransport();
  const sent: any[] = [];
  host.onMessage((m: any) => {
    sent.push(m);
    const reply =
      'event' in m ? (m.event === 'subscribe' ? { subscriptionId: 's1' } : undefined) : answer(m);
    if (reply)
      host.post({
        referenceId: m.referenceId,
        ...reply,
        userAgent: 'WWE Server',
        protocolVersion: 2,
      });
  });
  return { service: installLegacyService({ transport, timeoutMs: 20 }, false), sent, host };
}

describe('genesys.wwe.service drop-in', () => {
  test('namespaced methods with done/fail callbacks and the official parameters', async () => {
    const { service, sent } = legacy((m) =>
      m.request === 'agent.get' ? { data: { username: 'jdoe' } } : { errorMessage: 'nope' },
    );
    const results: unknown[] = [];
    (service.agent as any).get(
      (r: unknown) => results.push(['done', r]),
      (e: unknown) => results.push(['fail', e]),
    );
    (service.voice as any).dial(
      '5001',
      (r: unknown) => results.push(['done', r]),
      (e: unknown) => results.push(['fail', e]),
    );
    await flush();
    // As the official client: callbacks get Workspace's whole message, less its referenceId.
    expect(results).toEqual([
      ['done', { data: { username: 'jdoe' }, userAgent: 'WWE Server', protocolVersion: 2 }],
      ['fail', { errorMessage: 'nope', userAgent: 'WWE Server', protocolVersion: 2 }],
    ]);
    expect(sent[1]).toMatchObject({ request: 'voice.dial', parameters: ['5001', null] });
  });

  test('sendMessage, timeout as the string "Request timeout"', async () => {
    const { service } = legacy(() => undefined);
    const failure = await new Promise((r) =>
      service.sendMessage({ request: 'agent.getState' }, undefined, r),
    );
    expect(failure).toBe('Request timeout');
  });

  test('several subscribers per topic receive the whole message, unsubscribe by topic', async () => {
    const { service, host } = legacy(() => ({ data: null }));
    const a: any[] = [];
    const b: any[] = [];
    const ctx = { name: 'ctx' };
    service.subscribe(
      ['agent', 'interaction'],
      function (this: unknown, m) {
        a.push([this, m]);
      },
      ctx,
    );
    service.subscribe('agent', (m) => b.push(m));
    await flush();
    host.post({
      event: 'agent',
      data: { eventType: 'STATE_CHANGED', mediaState: 'READY' },
      userAgent: 'WWE Server',
      protocolVersion: 2,
    });
    await flush();
    expect(a).toEqual([
      [ctx, { event: 'agent', data: { eventType: 'STATE_CHANGED', mediaState: 'READY' } }],
    ]);
    expect(b).toHaveLength(1);
    service.unsubscribe('agent');
    expect(service.client.stats().handlers).toBe(1);
    service.unload();
    expect(service.client.stats().handlers).toBe(0);
  });
});
