import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  createWindowTransport,
  createWorkspaceClient,
  isWorkspaceError,
  withOptions,
  WorkspaceError,
} from '../src/index';
import { fullReplyOptions } from '../src/options';
import { fakeHost, flush } from './fake-host';

const RATE = (name: string, s: number) =>
  `The rate limit for the request '${name}' has been reached.\nFurther requests of the same type will be ignored for ${s} seconds.`;

afterEach(() => vi.useRealTimers());

describe('requests', () => {
  test('resolve with the reply data of their own referenceId, in any order', async () => {
    const held: any[] = [];
    const h = fakeHost((m) => void held.push(m));
    const a = h.client.agent.getState();
    const b = h.client.media.getMediaByName('voice');
    await flush();
    for (const m of held.reverse())
      h.host.post({
        referenceId: m.referenceId,
        data: m.request,
        userAgent: 'WWE Server',
        protocolVersion: 2,
      });
    expect(await a).toBe('agent.getState');
    expect(await b).toBe('media.getMediaByName');
  });

  test('an error reply rejects with HOST_ERROR carrying Workspace’s errorMessage', async () => {
    const h = fakeHost(() => ({ errorMessage: "Key 'Secret' is not writable" }));
    const e = await h.client.interaction.setUserData('1', { Secret: 'x' }).catch((e) => e);
    expect(isWorkspaceError(e, 'HOST_ERROR')).toBe(true);
    expect(e.hostMessage).toBe("Key 'Secret' is not writable");
    expect(e.request).toBe('interaction.setUserData');
    expect(e.message).toContain('not writable');
  });

  test('an error reply with an empty errorMessage still fails (presence counts)', async () => {
    const h = fakeHost(() => ({ errorMessage: null }));
    await expect(h.client.agent.get()).rejects.toMatchObject({ code: 'HOST_ERROR' });
  });

  test('time out with TIMEOUT after the default 10 s, and a late reply is dropped', async () => {
    vi.useFakeTimers();
    const held: any[] = [];
    const h = fakeHost((m) => void held.push(m));
    const p = h.client.agent.get().catch((e) => e);
    await vi.advanceTimersByTimeAsync(9_999);
    expect(h.client.stats().pending).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    const e = await p;
    expect(e).toBeInstanceOf(WorkspaceError);
    expect(e.code).toBe('TIMEOUT');
    h.host.post({
      referenceId: held[0].referenceId,
      data: 1,
      userAgent: 'WWE Server',
      protocolVersion: 2,
    });
    await vi.advanceTimersByTimeAsync(1);
    expect(h.client.stats().droppedBy['unmatched referenceId']).toBe(1);
    expect(h.client.stats().pending).toBe(0);
  });

  test('a timeout beyond what timers can hold waits for ever instead of failing at once', async () => {
    vi.useFakeTimers();
    const h = fakeHost(() => undefined);
    let settled = false;
    const p = h.client.agent
      .get(withOptions({ timeoutMs: 2 ** 31 }))
      .finally(() => (settled = true));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(settled).toBe(false);
    expect(h.client.stats().pending).toBe(1);
    h.client.dispose();
    await expect(p).rejects.toMatchObject({ code: 'DISPOSED' });
  });

  test('per-call timeoutMs and AbortSignal', async () => {
    const h = fakeHost(() => undefined);
    await expect(h.client.agent.get(withOptions({ timeoutMs: 5 }))).rejects.toMatchObject({
      code: 'TIMEOUT',
    });
    const c = new AbortController();
    const p = h.client.voice.dial('5001', null, withOptions({ signal: c.signal }));
    c.abort();
    await expect(p).rejects.toMatchObject({ code: 'ABORTED', request: 'voice.dial' });
    await expect(h.client.agent.get(withOptions({ signal: c.signal }))).rejects.toMatchObject({
      code: 'ABORTED',
    });
    expect(h.client.stats().pending).toBe(0);
  });

  test('a plain object in a parameter slot is a parameter, even with an option-like key', async () => {
    const h = fakeHost(() => ({ data: null }), { timeoutMs: 60_000 });
    await h.client.voice.dial('5001', { timeoutMs: 2000 });
    await h.client.voice.dialEx('5001', { signal: 'x' }, { timeoutMs: 1 });
    await h.client.email.create('a@example.com', { fullReply: true });
    await h.client.interaction.singleStepTransfer('1', { agent: 'a' } as never, { timeoutMs: 2 });
    await h.client.request('voice.dial', ['5002', { timeoutMs: 3 }]);
    expect(h.requests().map((m) => m.parameters)).toEqual([
      ['5001', { timeoutMs: 2000 }],
      ['5001', { signal: 'x' }, { timeoutMs: 1 }],
      ['a@example.com', { fullReply: true }],
      ['1', { agent: 'a' }, { timeoutMs: 2 }, undefined],
      ['5002', { timeoutMs: 3 }],
    ]);
  });

  test('an options value is used as options in any position, and never posted', async () => {
    const h = fakeHost(() => undefined, { timeoutMs: 60_000 });
    const fast = withOptions({ timeoutMs: 5 });
    const calls = [
      h.client.agent.get(fast),
      h.client.voice.dial('5001', fast),
      h.client.voice.dial('5001', null, fast),
      h.client.voice.dialEx('5001', { A: 1 }, fast),
      h.client.interaction.consult('1', { agent: 'a' } as never, null, null, fast),
      h.client.request('voice.dial', ['5001'], fast),
      h.client.request('voice.dial', ['5001', fast as never]),
      h.client.requestUnknown('voice.sendDtmf', ['1', '42#'], fast),
      // Typed callers cannot put options before a required parameter; JS callers still get them read.
      (h.client.voice.hold as (...a: unknown[]) => Promise<void>)(fast, '1'),
    ];
    for (const p of calls) await expect(p).rejects.toMatchObject({ code: 'TIMEOUT' });
    expect(h.requests().map((m) => m.parameters)).toEqual([
      undefined,
      ['5001', null],
      ['5001', null],
      ['5001', { A: 1 }, undefined],
      ['1', { agent: 'a' }, null, null],
      ['5001', null],
      ['5001', null],
      ['1', '42#'],
      [undefined],
    ]);
  });

  test('the old options (a plain object after the parameters) are refused loudly, not ignored', async () => {
    const h = fakeHost(() => ({ data: null }));
    const untyped = h.client as any;
    for (const p of [
      untyped.agent.getState({ timeoutMs: 2000 }),
      untyped.voice.dial('5001', null, { signal: new AbortController().signal }),
      untyped.request('agent.getState', [], { timeoutMs: 2000 }),
      untyped.requestUnknown('agent.getState', [], { fullReply: true }),
    ])
      await expect(p).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(h.requests()).toEqual([]);
    // Other extra arguments (an index from map) are ignored, as before.
    await untyped.voice.hold('1', 0, []);
    expect(h.requests().map((m) => m.parameters)).toEqual([['1']]);
  });

  test('rate-limit reply → RATE_LIMITED, then QUARANTINED locally until the delay passes', async () => {
    let clock = 1_000_000;
    let count = 0;
    const h = fakeHost(
      (m) =>
        m.request === 'voice.dial' && ++count > 2
          ? { errorMessage: RATE('voice.dial', 30), request: m.request }
          : { data: null },
      { now: () => clock },
    );
    await h.client.voice.dial('1');
    await h.client.voice.dial('2');
    const e = await h.client.voice.dial('3').catch((e) => e);
    expect(e).toMatchObject({ code: 'RATE_LIMITED', request: 'voice.dial', quarantineSeconds: 30 });
    const q = await h.client.voice.dial('4').catch((e) => e);
    expect(q).toMatchObject({
      code: 'QUARANTINED',
      request: 'voice.dial',
      retryAt: clock + 30_000,
    });
    expect(h.requests().filter((m) => m.request === 'voice.dial')).toHaveLength(3); // the 4th never left
    await expect(h.client.agent.get()).resolves.toBeNull(); // other requests are unaffected
    clock += 30_000;
    count = 0;
    await expect(h.client.voice.dial('5')).resolves.toBeNull();
  });

  test('quarantine 0 means for ever', async () => {
    let clock = 0;
    const h = fakeHost(() => ({ errorMessage: RATE('email.create', 0) }), { now: () => clock });
    await expect(h.client.email.create('a@b.c')).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      quarantineSeconds: 0,
    });
    clock += 1e12;
    await expect(h.client.email.create('a@b.c')).rejects.toMatchObject({ code: 'QUARANTINED' });
  });

  test('invalid arguments fail with INVALID_ARGUMENT, not a throw', async () => {
    const h = fakeHost();
    await expect(h.client.requestUnknown('', [])).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    await expect(h.client.request('agent.get', 'x' as any)).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    // A bad hostOrigin is never thrown (apps create their client at module load): its
    // requests fail with INVALID_ARGUMENT, saying why.
    await expect(createWorkspaceClient({ hostOrigin: '*' }).agent.get()).rejects.toThrow(
      /unsafeAllowAnyOrigin/,
    );
    await expect(
      createWorkspaceClient({ hostOrigin: 'https://wwe.example.com/path' }).agent.get(),
    ).rejects.toBeInstanceOf(WorkspaceError);
  });

  test('unknown request names are sent as given by requestUnknown', async () => {
    const h = fakeHost(() => ({ data: 42 }));
    await expect(h.client.requestUnknown<number>('future.thing', [1, { a: 2 }])).resolves.toBe(42);
    expect(h.requests()[0]).toMatchObject({ request: 'future.thing', parameters: [1, { a: 2 }] });
  });

  test('request() checks names outside the catalog at run time too (JS callers)', async () => {
    const h = fakeHost(() => ({ data: 7 }));
    const untyped = h.client.request as (name: string, parameters?: unknown[]) => Promise<unknown>;
    await expect(untyped('future.thing', ['x'])).resolves.toBe(7);
    await expect(untyped('not a name')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    // A known name is padded as its declaration says, whichever way it is sent.
    await h.client.request('voice.dial', ['5001']);
    await h.client.requestUnknown('voice.dial', ['5001']);
    expect(h.requests().map((m) => m.parameters)).toEqual([['x'], ['5001', null], ['5001', null]]);
  });
});

describe('not embedded', () => {
  test('a page with no parent, opener or target gets NOT_EMBEDDED at once', async () => {
    const self = {
      opener: null,
      closed: false,
      addEventListener() {},
      removeEventListener() {},
    } as any;
    self.parent = self;
    vi.stubGlobal('window', self);
    try {
      const client = createWorkspaceClient({ hostOrigin: 'https://wwe.example.com' });
      await expect(client.agent.get()).rejects.toMatchObject({ code: 'NOT_EMBEDDED' });
      expect(client.stats().pending).toBe(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  test('creating a client on a server (no window) is safe', async () => {
    expect(typeof window).toBe('undefined');
    const client = createWorkspaceClient({ hostOrigin: 'https://wwe.example.com' });
    await expect(client.agent.get()).rejects.toMatchObject({ code: 'NOT_EMBEDDED' });
  });
});

describe('events', () => {
  test('many handlers per topic share one host subscription, withdrawn after the last', async () => {
    const h = fakeHost();
    const a: unknown[] = [];
    const b: unknown[] = [];
    const offA = h.client.on('agent', (d) => a.push(d));
    const offB = h.client.on('agent', (d) => b.push(d));
    await flush();
    expect(h.sent.filter((m) => 'event' in m && m.event === 'subscribe')).toHaveLength(1);
    h.event('agent', { eventType: 'STATE_CHANGED', mediaState: 'READY' });
    await flush();
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(1);
    offA();
    offA(); // idempotent
    expect(h.subscriptions.size).toBe(1);
    offB();
    await flush();
    expect(h.subscriptions.size).toBe(0);
    expect(h.client.stats()).toMatchObject({ handlers: 0, subscriptions: 0 });
  });

  test('an unsubscribe before Workspace confirmed the subscription withdraws it when it does', async () => {
    const h = fakeHost();
    const off = h.client.on('interaction', () => {});
    off();
    await flush();
    expect(h.subscriptions.size).toBe(0);
  });

  test('a throwing handler never reaches another one; onError reports it', async () => {
    const errors: unknown[] = [];
    const h = fakeHost(undefined, { onError: (e) => errors.push(e) });
    const got: unknown[] = [];
    h.client.on('system', () => {
      throw new Error('boom');
    });
    h.client.on('system', (d) => got.push(d));
    h.event('system', {
      eventType: 'CUSTOM_TOAST_BUTTON_CLICK',
      customToastId: 't',
      buttonIndex: 0,
    });
    await flush();
    expect(got).toHaveLength(1);
    expect(errors).toHaveLength(1);
  });

  test('messenger:<channel> topics', async () => {
    const h = fakeHost();
    const got: unknown[] = [];
    h.client.on('messenger:crm', (m) => got.push(m));
    h.event('messenger:crm', { hello: 1 });
    h.event('messenger:other', { hello: 2 });
    await flush();
    expect(got).toEqual([{ hello: 1 }]);
  });
});

describe('dispose', () => {
  test('rejects pending requests with DISPOSED, withdraws subscriptions, is idempotent', async () => {
    const h = fakeHost(() => undefined);
    h.client.on('agent', () => {});
    await flush();
    const p = h.client.agent.get().catch((e) => e);
    h.client.dispose();
    h.client.dispose();
    expect((await p).code).toBe('DISPOSED');
    await flush();
    expect(h.subscriptions.size).toBe(0);
    expect(h.host.connections).toBe(0);
    expect(h.client.stats()).toMatchObject({ pending: 0, handlers: 0, subscriptions: 0 });
    await expect(h.client.agent.get()).rejects.toMatchObject({ code: 'DISPOSED' });
  });
});

describe('hostile input', () => {
  test('a large legitimate reply (1,000 interactions with attached data) is accepted; maxPayloadNodes lowers the limit', async () => {
    const interactions = Array.from({ length: 1_000 }, (_, i) => ({
      interactionId: `i${i}`,
      userData: Object.fromEntries(Array.from({ length: 40 }, (_, k) => [`K${k}`, `v${k}`])),
    }));
    const h = fakeHost(() => ({ data: interactions }));
    expect(await h.client.interaction.getInteractions()).toHaveLength(1_000);
    const small = fakeHost(() => ({ data: interactions }), { maxPayloadNodes: 20_000 });
    await expect(small.client.interaction.getInteractions()).rejects.toMatchObject({
      code: 'BAD_REPLY',
      request: 'interaction.getInteractions',
    });
    expect(small.client.stats().droppedBy['unsafe payload']).toBe(1);
  });

  const hostile: unknown[] = [
    null,
    42,
    'not wwe',
    [],
    { referenceId: 'x', data: 1 }, // no userAgent
    { referenceId: 5, data: 1, userAgent: 'WWE Server' },
    { event: 7, data: 1, userAgent: 'WWE Server' },
    JSON.parse(
      '{"referenceId":"a","userAgent":"WWE Server","data":{"__proto__":{"polluted":true}}}',
    ),
    {
      event: 'agent',
      userAgent: 'WWE Server',
      data: { constructor: { prototype: { polluted: true } } },
    },
    { event: 'agent', userAgent: 'WWE Server', data: { big: 'x'.repeat(2_000_001) } },
    { event: 'agent', userAgent: 'WWE Server', data: new Array(1_000_001).fill(1) },
    new Date(),
  ];
  const cyclic: any = { event: 'agent', userAgent: 'WWE Server', data: {} };
  cyclic.data.self = cyclic.data;
  hostile.push(cyclic);
  let deep: any = {};
  const deepMessage = { event: 'agent', userAgent: 'WWE Server', data: deep };
  for (let i = 0; i < 100; i++) deep = deep.next = {};
  hostile.push(deepMessage);

  test('is dropped without throwing, counted, and resolves nothing', async () => {
    const held: any[] = [];
    const { createMemoryTransport } = await import('../src/testing');
    const { transport, host } = createMemoryTransport({ clone: false });
    host.onMessage((m) => held.push(m));
    const client = createWorkspaceClient({ transport });
    const events: unknown[] = [];
    client.on('agent', (d) => events.push(d));
    const p = client.agent.get();
    await flush();
    for (const m of hostile) host.post(m);
    await flush();
    expect(events).toEqual([]);
    expect(client.stats().dropped).toBe(hostile.length);
    expect(({} as any).polluted).toBeUndefined();
    const ref = held.find((m) => m.request).referenceId;
    host.post({ referenceId: ref, data: 'real', userAgent: 'WWE Server', protocolVersion: 2 });
    await expect(p).resolves.toBe('real');
  });

  describe('an unsafe reply to a pending request', () => {
    const MARK = 'S3CR3T';
    let deep: any = { SSN: MARK };
    for (let i = 0; i < 40; i++) deep = { next: deep };
    const UNSAFE: Record<string, () => unknown> = {
      'a __proto__ key': () => JSON.parse(`{"SSN":"${MARK}","__proto__":{"polluted":true}}`),
      'a constructor.prototype object': () => ({ constructor: { prototype: { polluted: MARK } } }),
      'too deep': () => deep,
      'too many values': () => Array.from({ length: 200 }, () => MARK),
      'an over-long string': () => `${MARK}${'x'.repeat(1_000_001)}`,
    };
    /** A client whose host replies to each request with `reply(m)`, posted as is. */
    const setup = (reply: (ref: string) => object | undefined) => {
      const h = fakeHost(() => undefined, { maxPayloadNodes: 100, timeoutMs: 60_000 });
      h.host.onMessage((m) => {
        const r = 'request' in m ? reply(m.referenceId) : undefined;
        if (r) h.host.post({ ...r, userAgent: 'WWE Server', protocolVersion: 2 });
      });
      return h;
    };
    const expectBadReply = (e: any, request: string) => {
      expect(isWorkspaceError(e, 'BAD_REPLY')).toBe(true);
      expect(e).toMatchObject({ request, hostMessage: undefined, reply: undefined });
      expect(e.message).toContain(request);
      expect(e.message).not.toContain(MARK);
    };

    for (const [what, data] of Object.entries(UNSAFE))
      test(`(${what}) rejects it at once with BAD_REPLY, exposing nothing`, async () => {
        const h = setup((referenceId) => ({ referenceId, data: data() }));
        const started = Date.now();
        const e = await h.client.agent.get(fullReplyOptions()).catch((e) => e);
        expect(Date.now() - started).toBeLessThan(5_000); // not the 60 s timeout
        expectBadReply(e, 'agent.get');
        expect(h.client.stats()).toMatchObject({
          pending: 0,
          dropped: 1,
          droppedBy: { 'unsafe payload': 1 },
        });
        expect(({} as any).polluted).toBeUndefined();
      });

    test('an unsafe error reply is BAD_REPLY too, not HOST_ERROR with its errorMessage', async () => {
      const h = setup((referenceId) => ({
        referenceId,
        errorMessage: JSON.parse(`{"text":"${MARK}","__proto__":{"polluted":true}}`),
      }));
      expectBadReply(await h.client.voice.dial('5001').catch((e) => e), 'voice.dial');
    });

    test('fails only that request, once; a later reply to it is unmatched', async () => {
      const held: string[] = [];
      const h = setup((referenceId) => void held.push(referenceId));
      const settled: string[] = [];
      const a = h.client.agent.get().then(
        () => settled.push('a ok'),
        (e) => settled.push(`a ${e.code}`),
      );
      const b = h.client.agent.getState().then(
        (v) => settled.push(`b ${v}`),
        (e) => settled.push(`b ${e.code}`),
      );
      await flush();
      const [refA, refB] = held;
      const post = (m: object) =>
        h.host.post({ ...m, userAgent: 'WWE Server', protocolVersion: 2 });
      post({ referenceId: refA, data: deep });
      post({ referenceId: refA, data: deep });
      post({ referenceId: refA, data: 'late' });
      post({ referenceId: refB, data: 'ready' });
      await Promise.all([a, b]);
      await flush();
      expect(settled).toEqual(['a BAD_REPLY', 'b ready']);
      // The second unsafe copy is dropped as unsafe, settling nothing; the late reply as unmatched.
      expect(h.client.stats().droppedBy).toEqual({
        'unsafe payload': 2,
        'unmatched referenceId': 1,
      });
    });

    test('with no pending request of that id (or a subscription’s, or event-shaped), it is only dropped', async () => {
      const sent: any[] = [];
      let receive!: (data: unknown) => void;
      const client = createWorkspaceClient({
        transport: { post: (m) => void sent.push(m), connect: (r) => ((receive = r), () => {}) },
        maxPayloadNodes: 100,
      });
      const events: unknown[] = [];
      client.on('agent', (d) => events.push(d));
      let settled = false;
      const p = client.agent.get().finally(() => (settled = true));
      const [subscribe, request] = sent;
      const unsafe = (m: object) => receive({ ...m, data: deep, userAgent: 'WWE Server' });
      unsafe({ referenceId: 'nobody' });
      unsafe({ referenceId: subscribe.referenceId });
      unsafe({ referenceId: request.referenceId, event: 'agent' });
      unsafe({ referenceId: [request.referenceId] });
      await flush();
      expect(settled).toBe(false);
      expect(client.stats()).toMatchObject({ pending: 1, droppedBy: { 'unsafe payload': 4 } });
      // The subscription is still taken when confirmed, and events arrive.
      receive({ referenceId: subscribe.referenceId, subscriptionId: 's', userAgent: 'WWE Server' });
      receive({ event: 'agent', data: 1, userAgent: 'WWE Server' });
      expect(events).toEqual([1]);
      receive({ referenceId: request.referenceId, data: 'ok', userAgent: 'WWE Server' });
      await expect(p).resolves.toBe('ok');
    });

    test('from another window or origin, it is refused by the transport and settles nothing', async () => {
      let listener!: (e: Partial<MessageEvent>) => void;
      const self = {
        opener: null,
        closed: false,
        addEventListener: (_: string, l: any) => (listener = l),
        removeEventListener() {},
      } as any;
      self.parent = self;
      const sent: any[] = [];
      const workspace = { closed: false, postMessage: (m: unknown) => sent.push(m) } as any;
      const client = createWorkspaceClient({
        transport: createWindowTransport({
          hostOrigin: 'https://wwe.example.com',
          target: workspace,
          self,
        }),
        maxPayloadNodes: 100,
      });
      const p = client.agent.get().catch((e) => e);
      const data = { referenceId: sent[0].referenceId, data: deep, userAgent: 'WWE Server' };
      listener({ source: {} as any, origin: 'https://wwe.example.com', data });
      listener({ source: workspace, origin: 'https://evil.example.com', data });
      expect(client.stats()).toMatchObject({ pending: 1, droppedBy: { source: 1, origin: 1 } });
      listener({ source: workspace, origin: 'https://wwe.example.com', data });
      expectBadReply(await p, 'agent.get');
      client.dispose();
    });
  });

  test('an errorMessage JSON cannot express (BigInt) still rejects with HOST_ERROR, throwing nothing', async () => {
    // Found by property.test.ts: JSON.stringify threw in the listener after the request had
    // left `pending`, so the exception escaped and the promise never settled.
    let receive!: (data: unknown) => void;
    const sent: any[] = [];
    const client = createWorkspaceClient({
      transport: { post: (m) => void sent.push(m), connect: (r) => ((receive = r), () => {}) },
    });
    const errorMessage = { code: 10n, detail: 'no' };
    const p = client.agent.get();
    expect(() =>
      receive({ referenceId: sent[0].referenceId, errorMessage, userAgent: 'WWE Server' }),
    ).not.toThrow();
    await expect(p).rejects.toMatchObject({ code: 'HOST_ERROR', hostMessage: errorMessage });
    expect(client.stats().pending).toBe(0);
  });
});

describe('debug logging', () => {
  test('is off by default and never prints user-data values when on', async () => {
    const spies = (['log', 'debug', 'info', 'warn', 'error'] as const).map((k) =>
      vi.spyOn(console, k).mockImplementation(() => {}),
    );
    const quiet = fakeHost(() => ({ data: { userData: { SSN: 'secret-123' } } }));
    await quiet.client.interaction.setUserData('1', { SSN: 'secret-123' });
    expect(spies.every((s) => s.mock.calls.length === 0)).toBe(true);
    const lines: string[] = [];
    const loud = fakeHost(() => ({ data: { userData: { SSN: 'secret-123' } } }), {
      debug: (m) => lines.push(m),
    });
    loud.client.on('interaction', () => {});
    await loud.client.interaction.setUserData('1', { SSN: 'secret-123' });
    loud.event('interaction', {
      eventType: 'ATTACHED_DATA_CHANGED',
      interaction: { interactionId: '1', userData: { SSN: 'secret-123' } },
    });
    await flush();
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('\n')).not.toContain('secret-123');
    spies.forEach((s) => s.mockRestore());
  });
});
