import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { RequestName } from '../src/index';
import { catalogMethods } from '../src/internal';
import { fakeHost, flush } from './fake-host';

interface Golden {
  request: string;
  message: Record<string, unknown>;
}
const golden: Golden[] = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('./fixtures/official-client-wire.json', import.meta.url)),
    'utf8',
  ),
);
const normalize = (m: object) => ({ ...m, referenceId: '<id>' });

describe('golden wire messages recorded from the official client', () => {
  test('the fixture holds 72 messages: 71 requests and the subscribe message', () => {
    expect(golden).toHaveLength(72);
    expect(golden.filter((g) => g.request !== '(subscribe)')).toHaveLength(71);
  });

  for (const g of golden.filter((g) => g.request !== '(subscribe)')) {
    test(`${g.request} via the namespaced method`, async () => {
      const h = fakeHost(() => ({ data: null }));
      const [ns, method] = g.request.split('.') as [string, string];
      const params = (g.message.parameters as unknown[] | undefined) ?? [];
      await (h.client as any)[ns][method](...params);
      expect(h.requests().map(normalize)).toEqual([g.message]);
      // Same keys in the same order, as the official client builds them.
      expect(Object.keys(h.requests()[0]!)).toEqual(Object.keys(g.message));
    });

    test(`${g.request} via client.request()`, async () => {
      const h = fakeHost(() => ({ data: null }));
      await h.client.request(g.request as RequestName, g.message.parameters as never);
      expect(h.requests().map(normalize)).toEqual([g.message]);
    });
  }

  test('the subscribe message has the official shape', async () => {
    const h = fakeHost();
    h.client.on('agent', () => {});
    await flush();
    const expected = golden.find((g) => g.request === '(subscribe)')!.message;
    expect(normalize(h.sent[0]!)).toEqual({ ...expected, data: ['agent'] });
    expect(Object.keys(h.sent[0]!)).toEqual(Object.keys(expected));
  });
});

describe('every request of the catalog', () => {
  const all = catalogMethods().flatMap(([, methods]) => methods);

  test('76 requests: the 74 of the official client plus getContextualOption and getPureCloudToken', () => {
    expect(all).toHaveLength(76);
    expect(new Set(all.map((m) => m.request)).size).toBe(76);
  });

  for (const spec of all) {
    test(`${spec.request} posts its name and ${spec.arity} positional parameters`, async () => {
      const h = fakeHost(() => ({ data: 'r' }));
      const [ns, method] = spec.request.split('.') as [string, string];
      const args = Array.from({ length: spec.arity }, (_, i) => `a${i}`);
      await expect((h.client as any)[ns][method](...args)).resolves.toBe('r');
      const m = h.requests()[0]!;
      expect(m.request).toBe(spec.request);
      if (spec.arity === 0) expect('parameters' in m).toBe(false);
      else expect(m.parameters).toEqual(args);
      expect(m.userAgent).toBe('WWE Client');
      expect(m.protocolVersion).toBe(2);
    });
  }

  test('optional trailing userData is sent as null where the official client does', async () => {
    const h = fakeHost(() => ({ data: null }));
    await h.client.voice.dial('5001');
    await h.client.email.create('a@b.c');
    await h.client.interaction.singleStepTransfer('1', 'SIP_5001');
    expect(h.requests().map((m) => m.parameters)).toEqual([
      ['5001', null],
      ['a@b.c', null],
      ['1', 'SIP_5001', undefined, undefined],
    ]);
  });

  test('frameId assigned by Workspace is echoed on every later message', async () => {
    const h = fakeHost(() => ({ data: null }));
    await h.client.agent.get();
    h.host.post({ frameId: 'f-7', userAgent: 'WWE Server', protocolVersion: 2 });
    await flush();
    expect(h.client.frameId).toBe('f-7');
    await h.client.agent.get();
    h.client.on('agent', () => {});
    await flush();
    const [first, second, sub] = h.sent;
    expect('frameId' in first!).toBe(false);
    expect(second!.frameId).toBe('f-7');
    expect(sub!.frameId).toBe('f-7');
  });

  test('reference ids are unique and not a plain counter', async () => {
    const h = fakeHost(() => ({ data: null }));
    await Promise.all(Array.from({ length: 100 }, () => h.client.agent.get()));
    const ids = h.requests().map((m) => m.referenceId);
    expect(new Set(ids).size).toBe(100);
    expect(ids.every((id) => /^[0-9a-z]{8,}-[0-9a-z]+$/.test(id))).toBe(true);
    const other = fakeHost(() => ({ data: null }));
    await other.client.agent.get();
    expect(other.requests()[0]!.referenceId.split('-')[0]).not.toBe(ids[0]!.split('-')[0]);
  });
});
