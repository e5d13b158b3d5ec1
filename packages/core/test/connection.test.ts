// The client's connection state, capabilities and option checks, without a browser (the
// cross-site cases are in test/browser/secure-connection.test.ts).
import { describe, expect, test, vi } from 'vitest';
import { createWorkspaceClient } from '../src/client';
import { filterAllows as allows } from '../src/rules';
import { installLegacyService } from '../src/legacy';
import { createMemoryTransport } from '../src/testing';
import { createWindowTransport, normalizeOrigin, normalizeOrigins } from '../src/window-transport';
import { flush } from './fake-host';

const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return { code: (e as { code?: string }).code, message: (e as Error).message };
  }
  return undefined;
};

/** A host answering getAllowedServices with `allowed` and every other request with null. */
function host(allowed: unknown) {
  const { transport, host } = createMemoryTransport();
  const sent: any[] = [];
  host.onMessage((m: any) => {
    sent.push(m);
    if ('event' in m) {
      if (m.event === 'subscribe')
        host.post({
          referenceId: m.referenceId,
          subscriptionId: `s${sent.length}`,
          userAgent: 'WWE Server',
          protocolVersion: 2,
        });
      return;
    }
    host.post({
      referenceId: m.referenceId,
      data: m.request === 'system.getAllowedServices' ? allowed : null,
      userAgent: 'WWE Server',
      protocolVersion: 2,
    });
  });
  return { transport, host, sent };
}

describe('options', () => {
  /** A client of `options` whose connection has started: its state, and a request's failure. */
  const invalid = async (options: object) => {
    const client = createWorkspaceClient(options as never);
    const states: string[] = [];
    const off = client.connection.subscribe((s) => states.push(s.status));
    const error = await client.agent.get().catch((e) => e);
    const state = client.connection.get();
    off();
    client.dispose();
    return { states, state, error };
  };
  test('no origin and no transport: never thrown; invalid-origin, requests fail with INVALID_ARGUMENT', async () => {
    // @ts-expect-error -- hostOrigin or transport is required (a JS caller gets INVALID_ARGUMENT)
    expect(codeOf(() => createWorkspaceClient({}))).toBeUndefined();
    const { state, error } = await invalid({});
    expect(state).toMatchObject({
      status: 'invalid-origin',
      hint: expect.stringContaining('hostOrigin'),
    });
    expect(error).toMatchObject({ code: 'INVALID_ARGUMENT', request: 'agent.get' });
    expect(error.message).toContain('hostOrigin');
  });
  test('a list entry that is not an exact origin: never thrown; invalid-origin naming it', async () => {
    const options = { hostOrigin: ['https://wwe.example.com', 'https://uat.example.com/wwe'] };
    expect(codeOf(() => createWorkspaceClient(options))).toBeUndefined();
    const { states, state, error } = await invalid(options);
    expect(states).toEqual(['invalid-origin']);
    expect(state.message).toContain('https://uat.example.com/wwe');
    expect(error).toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(error.message).toContain('https://uat.example.com/wwe');
    for (const bad of [
      { hostOrigin: [] },
      { hostOrigin: ['*', 'https://a.example.com'], unsafeAllowAnyOrigin: true },
      { hostOrigin: '*' },
      { hostOrigin: 'https://wwe.example.com/?x' },
      { hostOrigin: 'https://wwe.example.com/#' },
      { hostOrigin: 'https://user@wwe.example.com' },
      { hostOrigin: 'wwe.example.com' },
      { hostOrigin: 'file:///wwe' },
      { hostOrigin: 42 },
    ]) {
      expect(codeOf(() => createWorkspaceClient(bad as never))).toBeUndefined();
      const { state, error } = await invalid(bad);
      expect([state.status, error.code]).toEqual(['invalid-origin', 'INVALID_ARGUMENT']);
    }
  });
  test('origins are normalized: a trailing slash, an upper-case host, a default port', () => {
    expect(normalizeOrigin('http://localhost:5170/')).toBe('http://localhost:5170');
    expect(normalizeOrigin('HTTPS://WWE.Example.COM')).toBe('https://wwe.example.com');
    expect(normalizeOrigin('https://wwe.example.com:443/')).toBe('https://wwe.example.com');
    expect(normalizeOrigin('http://wwe.example.com:80')).toBe('http://wwe.example.com');
    expect(normalizeOrigin('https://wwe.example.com:8443')).toBe('https://wwe.example.com:8443');
    expect(normalizeOrigins(['https://a.example.com/', 'https://A.example.com'])).toEqual([
      'https://a.example.com',
    ]);
    // What the client's transport then allows and posts to.
    const t = createWindowTransport({
      hostOrigin: 'HTTP://LocalHost:5170/',
      self: { parent: { closed: false }, opener: null } as never,
    });
    expect(t.status?.().allowed).toEqual(['http://localhost:5170']);
  });
  test('a parameter that cannot be cloned: INVALID_ARGUMENT, not a raw DataCloneError', async () => {
    const posted: unknown[] = [];
    const parent = {
      closed: false,
      postMessage(m: unknown) {
        structuredClone(m);
        posted.push(m);
      },
    };
    const self = { parent, opener: null, addEventListener() {}, removeEventListener() {} };
    const client = createWorkspaceClient({
      transport: createWindowTransport({
        hostOrigin: 'https://wwe.example.com',
        self: self as never,
      }),
    });
    const e = await client.interaction
      .setUserData('1', { fn: (() => 1) as unknown as string })
      .catch((x: { code: string; request: string }) => x);
    expect(e).toMatchObject({ code: 'INVALID_ARGUMENT', request: 'interaction.setUserData' });
    expect(posted).toEqual([]);
    client.dispose();
  });
});

describe('client.connection', () => {
  test('not embedded: says so at once, with what to do', () => {
    const self = {
      opener: null,
      addEventListener() {},
      removeEventListener() {},
    } as never as Window;
    (self as any).parent = self;
    const client = createWorkspaceClient({
      transport: createWindowTransport({ hostOrigin: 'https://wwe.example.com', self }),
    });
    client.connection.subscribe(() => {});
    expect(client.connection.get()).toMatchObject({ status: 'not-embedded' });
    expect(client.connection.get().hint).toContain('npx @wwe-kit/workspace');
    client.dispose();
  });

  test('lazy: nothing is sent until someone subscribes; then one getAllowedServices', async () => {
    const { transport, sent } = host(['agent.*', 'voice.dial']);
    const client = createWorkspaceClient({ transport });
    await flush();
    expect(sent).toEqual([]);
    expect(client.connection.get().status).toBe('connecting');
    const seen: string[] = [];
    client.connection.subscribe((c) => seen.push(c.status));
    await flush();
    expect(sent.map((m) => m.request)).toEqual(['system.getAllowedServices']);
    expect(client.connection.get()).toMatchObject({
      status: 'connected',
      allowedServices: ['agent.*', 'voice.dial'],
    });
    expect(seen).toContain('connected');
    expect(client.can('agent.getState')).toBe(true);
    expect(client.can('voice.dial')).toBe(true);
    expect(client.can('voice.hold')).toBe(false);
    await expect(client.voice.hold('1')).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
    expect(sent.map((m) => m.request)).toEqual(['system.getAllowedServices']);
    client.dispose();
  });

  test('silent after silentAfterMs with the INI line; TIMEOUT says the same, or names the filter', async () => {
    const { transport } = createMemoryTransport();
    const logs: string[] = [];
    const client = createWorkspaceClient({
      transport,
      silentAfterMs: 10,
      timeoutMs: 20,
      debug: (m) => logs.push(m),
    });
    client.connection.subscribe(() => {});
    await vi.waitFor(() => expect(client.connection.get().status).toBe('silent'));
    expect(client.connection.get().hint).toMatch(
      /service-client-api\.accepted-web-content-origins=/,
    );
    const e = await client.agent.getState().catch((x) => x);
    expect(e).toMatchObject({ code: 'TIMEOUT' });
    expect(e.hint).toMatch(/accepted-web-content-origins=/);
    expect(logs.filter((l) => l.includes('accepted-web-content-origins'))).toHaveLength(1);
    client.dispose();
  });

  test('a connection problem goes to the console once, with its fix; warn: false or a logger instead', async () => {
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      // silent: the INI line to add, once, however long it stays silent.
      const { transport } = createMemoryTransport();
      const client = createWorkspaceClient({ transport, silentAfterMs: 10, timeoutMs: 20 });
      client.connection.subscribe(() => {});
      await vi.waitFor(() => expect(client.connection.get().status).toBe('silent'));
      expect(warnings.mock.calls).toEqual([
        [
          expect.stringMatching(
            /^\[wwe-kit\] Workspace does not answer\. .*service-client-api\.accepted-web-content-origins=/,
          ),
        ],
      ]);
      client.connection.subscribe(() => {});
      await client.agent.getState().catch(() => {});
      expect(warnings).toHaveBeenCalledTimes(1);
      client.dispose();

      // invalid-origin: said when the connection is watched.
      const invalid = createWorkspaceClient({ hostOrigin: 'https://wwe.example.com/app' });
      expect(warnings).toHaveBeenCalledTimes(1);
      invalid.connection.subscribe(() => {});
      expect(warnings).toHaveBeenCalledTimes(2);
      expect(warnings.mock.calls[1]![0]).toMatch(
        /^\[wwe-kit\] The client's hostOrigin is unusable: nothing is sent\..*Set hostOrigin/,
      );
      invalid.dispose();

      // Connected: nothing. warn: false: nothing. A logger: it gets the line instead.
      const ok = host(['*']);
      const fine = createWorkspaceClient({ transport: ok.transport, silentAfterMs: 10 });
      fine.connection.subscribe(() => {});
      await vi.waitFor(() => expect(fine.connection.get().status).toBe('connected'));
      fine.dispose();
      const quiet = createWorkspaceClient({ hostOrigin: '*', warn: false });
      quiet.connection.subscribe(() => {});
      const lines: string[] = [];
      const logged = createWorkspaceClient({ hostOrigin: '/', warn: (m) => lines.push(m) });
      logged.connection.subscribe(() => {});
      expect(lines).toEqual([expect.stringMatching(/^The client's hostOrigin is unusable/)]);
      quiet.dispose();
      logged.dispose();
      expect(warnings).toHaveBeenCalledTimes(2);
    } finally {
      warnings.mockRestore();
    }
  });

  test('TIMEOUT of one request when Workspace answers others: the hint names the request filter', async () => {
    const { transport, host: h } = createMemoryTransport();
    h.onMessage((m: any) => {
      if (m.request === 'agent.getState')
        h.post({
          referenceId: m.referenceId,
          data: {},
          userAgent: 'WWE Server',
          protocolVersion: 2,
        });
    });
    const client = createWorkspaceClient({ transport, timeoutMs: 20 });
    await client.agent.getState();
    const e = await client.voice.dial('5001').catch((x) => x);
    expect(e.code).toBe('TIMEOUT');
    expect(e.hint).toMatch(/request filter/);
    expect(e.hint).toContain('voice.dial');
    client.dispose();
  });
});

test('filterAllows: names, namespaces and *, which leaves out auth.getJwtToken (rules.test.ts has the full table)', () => {
  expect(allows(['agent.*'], 'agent.get')).toBe(true);
  expect(allows(['agent.*'], 'agentx.get')).toBe(false);
  expect(allows(['*'], 'voice.dial')).toBe(true);
  expect(allows(['*'], 'auth.getJwtToken')).toBe(false);
  expect(allows(['*', 'auth.getJwtToken'], 'auth.getJwtToken')).toBe(true);
  expect(allows(['auth.*'], 'auth.getJwtToken')).toBe(false);
});

test('legacy targetWWEWindow keeps the subscriptions on the new window', async () => {
  const { transport, host: h, sent } = host([]);
  const service = installLegacyService({ transport }, false);
  const got: unknown[] = [];
  service.subscribe('agent', (m: unknown) => got.push(m));
  await flush();
  service.targetWWEWindow({} as Window);
  await flush();
  expect(sent.filter((m) => m.event === 'subscribe').map((m) => m.data)).toEqual([
    ['agent'],
    ['agent'],
  ]);
  h.post({ event: 'agent', data: { x: 1 }, userAgent: 'WWE Server', protocolVersion: 2 });
  await flush();
  expect(got).toEqual([{ event: 'agent', data: { x: 1 } }]);
  service.unload();
});

test('Workspace reloaded (it assigns the frame a new id): topics are subscribed again, stores fetch again, events resume', async () => {
  const { transport, host: h } = createMemoryTransport();
  let generation = 1;
  let announced = false;
  const subscribed = new Set<string>();
  const sent: any[] = [];
  h.onMessage((m: any) => {
    sent.push(m);
    const env = { userAgent: 'WWE Server', protocolVersion: 2 };
    if (!announced) {
      announced = true;
      h.post({ frameId: `frame-${generation}`, ...env });
    }
    if (m.event === 'subscribe') {
      for (const t of m.data) subscribed.add(t);
      h.post({ referenceId: m.referenceId, subscriptionId: `s-${generation}`, ...env });
    } else if (m.request === 'agent.getState')
      h.post({
        referenceId: m.referenceId,
        data: { operationName: `Ready-${generation}` },
        ...env,
      });
    else if (m.request) h.post({ referenceId: m.referenceId, data: null, ...env });
  });
  const { workspaceStores } = await import('../src/stores/index');
  const client = createWorkspaceClient({ transport });
  const events: unknown[] = [];
  client.on('interaction', (e) => events.push(e));
  const reconnects: number[] = [];
  client.onReconnect(() => reconnects.push(generation));
  const agent = workspaceStores(client).agent;
  agent.subscribe(() => {});
  await flush();
  await flush();
  expect(agent.get().state?.operationName).toBe('Ready-1');

  // The host reloads: a new instance with no subscriptions, which announces the frame on the
  // next message it gets.
  generation = 2;
  announced = false;
  subscribed.clear();
  const before = sent.length;
  await client.system.amIVisible();
  await flush();
  await flush();
  expect(reconnects).toEqual([2]);
  const again = sent
    .slice(before)
    .filter((m) => m.event === 'subscribe')
    .map((m) => m.data[0]);
  expect(new Set(again)).toEqual(new Set(['interaction', 'agent']));
  expect(agent.get().state?.operationName).toBe('Ready-2');
  h.post({
    event: 'interaction',
    data: { eventType: 'ADD' },
    userAgent: 'WWE Server',
    protocolVersion: 2,
  });
  await flush();
  expect(events).toEqual([{ eventType: 'ADD' }]);
  client.dispose();
});
