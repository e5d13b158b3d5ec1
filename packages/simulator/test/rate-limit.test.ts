import { isWorkspaceError } from '@wwe-kit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, rateLimitMessage, type TestWorkspace } from '../src';
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

  it('ignores the request type on the wire during the quarantine: no reply at all', async () => {
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
    t.clock.advance(1);
    expect(raw.request('voice.dial', ['5001', null])[0]).not.toHaveProperty('errorMessage');
    expect(t.host.stats().outcomes).toMatchObject({ 'rate-limited': 1, quarantined: 2 });
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
});
