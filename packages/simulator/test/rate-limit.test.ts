import { isWorkspaceError } from '@wwe-kit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, DEFAULT_START_TIME, type TestWorkspace } from '../src';
import { rateLimitMessage } from '../src/host/rate-limiter';
import { rawFrame } from './helpers';

// service-client-api.md, "Rate Limit": rate-limit=0, rate-limit.voice.dial=4, rate-limit.email.create=2
const DOC_EXAMPLE = `[interaction-workspace]
service-client-api.accepted-web-content-origins=http://localhost
service-client-api.rate-limit=0
service-client-api.rate-limit.voice.dial=4
service-client-api.rate-limit.email.create=2
`;

let t: TestWorkspace;
afterEach(() => t.dispose());

const error = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as any,
  );

describe('rate limits (documented example)', () => {
  it('answers 4 dials a minute, then the exact Workspace error, then QUARANTINED in the core client', async () => {
    t = createTestWorkspace({ options: DOC_EXAMPLE });
    for (let i = 0; i < 4; i++) await t.client.voice.dial(`500${i}`);
    const e = await error(t.client.voice.dial('5009'));
    expect(isWorkspaceError(e, 'RATE_LIMITED')).toBe(true);
    expect(e.hostMessage).toBe(
      "The rate limit for the request 'voice.dial' has been reached.\nFurther requests of the same type will be ignored for 30 seconds.",
    );
    expect(e.quarantineSeconds).toBe(30);
    const errorReply = t.host.log().find((x) => x.type === 'error');
    expect(errorReply?.message).toMatchObject({
      request: 'voice.dial',
      errorMessage: e.hostMessage,
    });
    // The core client now refuses locally, without sending.
    expect(isWorkspaceError(await error(t.client.voice.dial('5010')), 'QUARANTINED')).toBe(true);
    // Other requests are not limited (rate-limit=0).
    for (let i = 0; i < 50; i++) await t.client.agent.getState();
    // Only 4 calls were placed.
    expect(t.workspace.getSnapshot().interactions).toHaveLength(4);
  });

  it('ignores the request type on the wire during the quarantine: no reply at all', () => {
    t = createTestWorkspace({ options: DOC_EXAMPLE });
    const raw = rawFrame(t.host, 'http://localhost');
    for (let i = 0; i < 4; i++)
      expect(raw.request('voice.dial', ['5001', null])[0]).not.toHaveProperty('errorMessage');
    expect(raw.request('voice.dial', ['5001', null])[0]).toMatchObject({
      errorMessage: rateLimitMessage('voice.dial', 30),
      request: 'voice.dial',
    });
    expect(raw.request('voice.dial', ['5001', null])).toEqual([]);
    t.clock.advance(29_999);
    expect(raw.request('voice.dial', ['5001', null])).toEqual([]);
    expect(t.host.stats().outcomes).toMatchObject({ 'rate-limited': 1, quarantined: 2 });
  });

  it('a quarantine does not reset the interval: at +30 s the minute is still full', () => {
    t = createTestWorkspace({ options: DOC_EXAMPLE });
    const raw = rawFrame(t.host, 'http://localhost');
    const dial = () => raw.request('voice.dial', ['5001', null])[0];
    for (let i = 0; i < 4; i++) expect(dial()).not.toHaveProperty('errorMessage');
    expect(dial()?.errorMessage).toBe(rateLimitMessage('voice.dial', 30)); // quarantine to +30 s
    t.clock.advance(30_000);
    // The quarantine is over, but the minute that began at 0 has counted 4: refused again.
    expect(dial()?.errorMessage).toBe(rateLimitMessage('voice.dial', 30)); // quarantine to +60 s
    t.clock.advance(29_999);
    expect(dial()).toBeUndefined();
    t.clock.advance(1); // +60 s: a new minute, and the quarantine is over
    expect(dial()).not.toHaveProperty('errorMessage');
    expect(t.workspace.getSnapshot().interactions).toHaveLength(5);
  });

  it('never lets more than the limit through in the first minute, however the requests are spread', () => {
    t = createTestWorkspace({ options: DOC_EXAMPLE });
    const raw = rawFrame(t.host, 'http://localhost');
    for (let s = 0; s < 60; s++) {
      raw.request('voice.dial', ['5001', null]);
      t.clock.advance(1_000);
    }
    expect(t.workspace.getSnapshot().interactions).toHaveLength(4);
  });

  it('interval edges: +59.999 s is in the first minute, +60 s opens the next', () => {
    t = createTestWorkspace({
      options: { 'service-client-api.rate-limit.voice.dial': '4' },
    });
    const raw = rawFrame(t.host, 'http://localhost');
    const dial = () => raw.request('voice.dial', ['5001', null])[0];
    t.clock.advance(10_000); // the first request opens the minute, at +10 s
    for (let i = 0; i < 3; i++) expect(dial()).not.toHaveProperty('errorMessage');
    t.clock.advance(59_999);
    expect(dial()).not.toHaveProperty('errorMessage'); // the 4th of the minute [10 s, 70 s)
    t.clock.advance(1); // +70 s
    for (let i = 0; i < 4; i++) expect(dial()).not.toHaveProperty('errorMessage');
    expect(dial()?.errorMessage).toBe(rateLimitMessage('voice.dial', 30));
  });

  it('interval edges: a request at +59.999 s over the limit is refused and quarantined', () => {
    t = createTestWorkspace({ options: { 'service-client-api.rate-limit.voice.dial': '1' } });
    const raw = rawFrame(t.host, 'http://localhost');
    const dial = () => raw.request('voice.dial', ['5001', null])[0];
    expect(dial()).not.toHaveProperty('errorMessage');
    t.clock.advance(59_999);
    expect(dial()?.errorMessage).toBe(rateLimitMessage('voice.dial', 30));
    t.clock.advance(1); // a new minute, but quarantined until +89.999 s
    expect(dial()).toBeUndefined();
    t.clock.advance(29_998);
    expect(dial()).toBeUndefined();
    t.clock.advance(1);
    expect(dial()).not.toHaveProperty('errorMessage');
  });

  it('limits email.create to 2 a minute, independently of voice.dial', () => {
    t = createTestWorkspace({ options: DOC_EXAMPLE });
    const raw = rawFrame(t.host, 'http://localhost');
    raw.request('email.create', ['a@example.com', null]);
    raw.request('email.create', ['b@example.com', null]);
    expect(raw.request('email.create', ['c@example.com', null])[0]?.errorMessage).toBe(
      rateLimitMessage('email.create', 30),
    );
    expect(raw.request('voice.dial', ['5001', null])[0]).not.toHaveProperty('errorMessage');
  });

  it('counts in fixed one-minute windows', () => {
    t = createTestWorkspace({ options: DOC_EXAMPLE });
    const raw = rawFrame(t.host, 'http://localhost');
    for (let i = 0; i < 4; i++) raw.request('voice.dial', ['5001', null]);
    t.clock.advance(60_000);
    for (let i = 0; i < 4; i++)
      expect(raw.request('voice.dial', ['5001', null])[0]).not.toHaveProperty('errorMessage');
  });

  it('quarantine delay 60: ignored for 60 s, then answered again', async () => {
    t = createTestWorkspace({
      options: {
        'service-client-api.rate-limit.agent.getState': '1',
        'service-client-api.rate-limit-quarantine-delay': '60',
      },
    });
    await t.client.agent.getState();
    const e = await error(t.client.agent.getState());
    expect(e.code).toBe('RATE_LIMITED');
    expect(e.quarantineSeconds).toBe(60);
    t.clock.advance(59_000);
    expect((await error(t.client.agent.getState())).code).toBe('QUARANTINED');
    t.clock.advance(1_000);
    await expect(t.client.agent.getState()).resolves.toMatchObject({ operationName: 'Ready' });
  });

  it('quarantine delay 0: ignored for ever', async () => {
    t = createTestWorkspace({
      options: {
        'service-client-api.rate-limit.agent.getState': '1',
        'service-client-api.rate-limit-quarantine-delay': '0',
      },
      client: { timeoutMs: 50 },
    });
    const raw = rawFrame(t.host, 'http://localhost');
    raw.request('agent.getState');
    expect(raw.request('agent.getState')[0]?.errorMessage).toBe(
      rateLimitMessage('agent.getState', 0),
    );
    t.clock.advance(365 * 86_400_000);
    expect(raw.request('agent.getState')).toEqual([]);
    expect(t.host.stats().quarantines).toEqual({ 'agent.getState': Infinity });
    // Through the core client: a quarantine of 0 seconds means for ever.
    const e = await error(t.client.agent.getState());
    expect(e.code).toBe('TIMEOUT');
  });

  it('a global rate-limit counts every request together', () => {
    t = createTestWorkspace({ options: { 'service-client-api.rate-limit': '3' } });
    const raw = rawFrame(t.host, 'http://localhost');
    raw.request('agent.get');
    raw.request('agent.getState');
    raw.request('media.getMediaList');
    expect(raw.request('agent.getStateList')[0]?.errorMessage).toBe(
      rateLimitMessage('agent.getStateList', 30),
    );
  });

  it('global limit: a quarantine does not reset the minute, for any request name', () => {
    t = createTestWorkspace({
      options: {
        'service-client-api.rate-limit': '3',
        'service-client-api.rate-limit-quarantine-delay': '10',
      },
    });
    const raw = rawFrame(t.host, 'http://localhost');
    for (const r of ['agent.get', 'agent.get', 'agent.get'])
      expect(raw.request(r)[0]).not.toHaveProperty('errorMessage');
    expect(raw.request('agent.get')[0]?.errorMessage).toBe(rateLimitMessage('agent.get', 10));
    expect(raw.request('agent.getState')[0]?.errorMessage).toBe(
      rateLimitMessage('agent.getState', 10),
    );
    t.clock.advance(10_000); // both quarantines over, the minute still full
    expect(raw.request('agent.get')[0]?.errorMessage).toBe(rateLimitMessage('agent.get', 10));
    t.clock.advance(49_999);
    expect(raw.request('agent.getState')[0]?.errorMessage).toBe(
      rateLimitMessage('agent.getState', 10),
    );
    expect(raw.request('agent.getState')).toEqual([]); // quarantined until +69.999 s
    t.clock.advance(1); // +60 s: a new minute; agent.get's quarantine ended at +20 s
    expect(raw.request('agent.get')[0]).not.toHaveProperty('errorMessage');
    expect(raw.request('agent.getState')).toEqual([]);
    expect(t.host.stats().quarantines).toEqual({ 'agent.getState': DEFAULT_START_TIME + 69_999 });
  });

  it('per-request and global limits together: each counted in its own minute', () => {
    t = createTestWorkspace({
      options: {
        'service-client-api.rate-limit': '5',
        'service-client-api.rate-limit.voice.dial': '2',
      },
    });
    const raw = rawFrame(t.host, 'http://localhost');
    const dial = () => raw.request('voice.dial', ['5001', null])[0];
    expect(dial()).not.toHaveProperty('errorMessage');
    expect(dial()).not.toHaveProperty('errorMessage');
    expect(dial()?.errorMessage).toBe(rateLimitMessage('voice.dial', 30));
    for (let i = 0; i < 3; i++)
      expect(raw.request('agent.get')[0]).not.toHaveProperty('errorMessage');
    expect(raw.request('agent.get')[0]?.errorMessage).toBe(rateLimitMessage('agent.get', 30));
  });

  it('request names it does not know share one quarantine, so they cannot grow the host', () => {
    t = createTestWorkspace({ options: { 'service-client-api.rate-limit': '1' } });
    const raw = rawFrame(t.host, 'http://localhost');
    raw.request('agent.get');
    for (let i = 0; i < 1000; i++) raw.request(`made.up${i}`);
    expect(Object.keys(t.host.stats().quarantines)).toEqual(['(unknown request)']);
  });
});
