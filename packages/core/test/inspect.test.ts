import { describe, expect, test } from 'vitest';
import { withOptions } from '../src/index';
import { inspectClient, type TapEvent } from '../src/internal';
import { fakeHost, flush } from './fake-host';

const RATE =
  "The rate limit for the request 'agent.getState' has been reached.\nFurther requests of the same type will be ignored for 30 seconds.";

describe('inspectClient', () => {
  test('hears every message in and out, refused messages and each call with its outcome', async () => {
    const h = fakeHost((m) =>
      m.request === 'agent.getState' ? { errorMessage: RATE } : { data: 'ok' },
    );
    const events: TapEvent[] = [];
    const watch = inspectClient(h.client, (e) => events.push(e));
    const off = h.client.on('agent', () => {});
    const first = h.client.agent.getState().catch((e) => e);
    await flush();
    await first;
    const second = h.client.agent.getState().catch((e) => e);
    h.host.post('not a protocol message');
    h.event('agent', { eventType: 'STATE_CHANGED' });
    await flush();
    const kinds = events.map((e) => e.kind);
    expect(kinds.filter((k) => k === 'out')).toHaveLength(2); // subscribe + one request
    expect(kinds.filter((k) => k === 'in')).toHaveLength(4); // subscribe reply, error reply, string, event
    expect(events.find((e) => e.kind === 'drop')).toMatchObject({
      reason: 'not a protocol string',
    });
    const calls = events.filter((e): e is Extract<TapEvent, { kind: 'call' }> => e.kind === 'call');
    expect(calls.map((c) => [c.name, typeof c.referenceId])).toEqual([
      ['agent.getState', 'string'],
      ['agent.getState', 'undefined'], // refused locally: quarantined, never sent
    ]);
    await expect(calls[1]!.promise).rejects.toMatchObject({ code: 'QUARANTINED' });
    expect((await second).code).toBe('QUARANTINED');
    expect([...watch.tables.quarantine.keys()]).toEqual(['agent.getState']);
    expect([...watch.tables.topics.keys()]).toEqual(['agent']);
    off();
    watch.stop();
  });

  test('shows the pending table, and stops hearing after stop() (the last watcher)', async () => {
    const h = fakeHost(); // never answers
    const a: TapEvent[] = [];
    const b: TapEvent[] = [];
    const wa = inspectClient(h.client, (e) => a.push(e));
    const wb = inspectClient(h.client, (e) => {
      b.push(e);
      throw new Error('a watcher that throws harms nobody');
    });
    void h.client
      .request('agent.getState', undefined, withOptions({ timeoutMs: 0 }))
      .catch(() => {});
    expect([...wa.tables.pending.values()].map((p) => p.name)).toEqual(['agent.getState']);
    expect(a.length).toBe(b.length);
    wa.stop();
    wb.stop();
    const before = a.length;
    void h.client
      .request('agent.getState', undefined, withOptions({ timeoutMs: 0 }))
      .catch(() => {});
    expect(a.length).toBe(before);
    h.client.dispose();
  });
});
