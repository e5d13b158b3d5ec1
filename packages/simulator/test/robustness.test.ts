import { describe, expect, it } from 'vitest';
import { createSimulatedWorkspace, createWorkspaceHost, type WorkspaceHost } from '../src';
import { LOG_ENTRY_BYTES, LOG_MAX_BYTES } from '../src/host/log';
import { payloadSize } from '../src/host/payload-size';
import { rawFrame } from './helpers';

const MB5 = 'x'.repeat(5 * 1024 * 1024);
const request = (extra: Record<string, unknown>) => ({
  request: 'interaction.setUserData',
  referenceId: '1',
  userAgent: 'WWE Client',
  protocolVersion: 2,
  ...extra,
});

/** A host page's window whose `message` listener the test calls directly. */
function fakeWindow() {
  let listener: ((e: unknown) => void) | undefined;
  const win = {
    addEventListener: (_: string, l: (e: unknown) => void) => (listener = l),
    removeEventListener: () => (listener = undefined),
  } as unknown as Window;
  const source = { postMessage: () => {}, closed: false } as unknown as Window;
  return { win, post: (origin: string, data: unknown) => listener?.({ source, origin, data }) };
}

const logBytes = (host: WorkspaceHost) => JSON.stringify(host.log()).length;

describe('no inbound message can throw in the host or make it hold unbounded memory', () => {
  it('60 refused 5 MB messages: the log keeps summaries', () => {
    const { win, post } = fakeWindow();
    const host = createWorkspaceHost({
      window: win,
      workspace: createSimulatedWorkspace(),
      options: { 'service-client-api.accepted-web-content-origins': 'https://ok.example' },
    });
    for (let i = 0; i < 60; i++)
      post('https://evil.example', request({ parameters: ['1', { k: MB5 }] }));
    const log = host.log();
    expect(log).toHaveLength(60);
    expect(log.every((e) => e.outcome === 'refused-origin')).toBe(true);
    expect(log[0]?.message).toEqual({
      oversized: true,
      bytes: expect.any(Number),
      request: 'interaction.setUserData',
      referenceId: '1',
    });
    expect(logBytes(host)).toBeLessThan(20_000);
  });

  it('accepted 5 MB requests, replies and events: the log stays under its byte budget', () => {
    const workspace = createSimulatedWorkspace();
    const host = createWorkspaceHost({
      workspace,
      options: { 'service-client-api.accepted-web-content-origins': '*' },
    });
    const raw = rawFrame(host, 'https://ok.example');
    raw.subscribe(['interaction']);
    const id = workspace.simulateInboundCall();
    raw.request('interaction.setUserData', [id, { big: MB5 }]);
    for (let i = 0; i < 20; i++) raw.request('interaction.getByInteractionId', [id]);
    expect(
      host.log().every((e) => payloadSize(e.message, LOG_ENTRY_BYTES) <= LOG_ENTRY_BYTES),
    ).toBe(true);
    // Many small, kept messages: bounded by bytes as well as by count.
    for (let i = 0; i < 600; i++) raw.request('agent.get', [{ pad: 'y'.repeat(8_000) }]);
    expect(host.log().length).toBeLessThan(500);
    expect(logBytes(host)).toBeLessThan(LOG_MAX_BYTES + LOG_ENTRY_BYTES);
  });

  it('a malformed unsubscribe is ignored as invalid, and leaves subscriptions alone', () => {
    const host = createWorkspaceHost({
      workspace: createSimulatedWorkspace(),
      options: { 'service-client-api.accepted-web-content-origins': '*' },
    });
    const raw = rawFrame(host, 'https://ok.example');
    raw.subscribe(['agent']);
    for (const data of [Object.create(null), { toString: { a: 1 } }, [1, 2], null, undefined])
      expect(() =>
        raw.frame.receive({
          event: 'unsubscribe',
          data,
          userAgent: 'WWE Client',
          protocolVersion: 2,
        }),
      ).not.toThrow();
    expect(host.stats().subscriptions).toBe(1);
    expect(host.stats().outcomes.invalid).toBe(5);
  });

  it('hostile objects from a peer (throwing proxies, getters) never throw', () => {
    const host = createWorkspaceHost({
      workspace: createSimulatedWorkspace(),
      options: { 'service-client-api.accepted-web-content-origins': '*' },
    });
    const raw = rawFrame(host, 'https://ok.example');
    const trap = () => {
      throw new Error('trap');
    };
    const hostile = [
      new Proxy({}, { getPrototypeOf: trap, get: trap, ownKeys: trap }),
      Object.defineProperty({ request: 'agent.get', referenceId: '1' }, 'parameters', {
        get: trap,
        enumerable: true,
      }),
      request({ parameters: new Proxy([], { get: trap }) }),
    ];
    for (const m of hostile) expect(() => raw.frame.receive(m)).not.toThrow();
    expect(host.stats().outcomes.answered ?? 0).toBe(0);
  });

  it('subscriptions are bounded per frame and in topics', () => {
    const host = createWorkspaceHost({
      workspace: createSimulatedWorkspace(),
      options: { 'service-client-api.accepted-web-content-origins': '*' },
    });
    const raw = rawFrame(host, 'https://ok.example');
    raw.subscribe(Array.from({ length: 100_000 }, (_, i) => `messenger:${i}`));
    expect(host.frames()[0]?.subscriptions[0]?.topics).toHaveLength(32);
    raw.subscribe(['not-a-topic', 'x'.repeat(10_000), 'agent']);
    expect(host.frames()[0]?.subscriptions[1]?.topics).toEqual(['agent']);
    for (let i = 0; i < 200; i++) raw.subscribe(['agent']);
    expect(host.stats().subscriptions).toBe(100);
    expect(raw.inbox.at(-1)).toMatchObject({
      errorMessage: 'Too many subscriptions (at most 100 per frame)',
    });
  });
});
