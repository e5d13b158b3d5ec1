import { launchChromium, serveOrigins, type ServedOrigins } from '@wwe-kit/browser-harness';
import type { Browser, Frame, Page } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// One Chromium, one host page on `.host` embedding the client page twice: from `.client`
// (accepted, cross-site) and from `.other` (refused).
let served: ServedOrigins;
let browser: Browser;
let page: Page;
let app: Frame;
let foreign: Frame;

const call = (frame: Frame, name: string, params?: unknown[]) =>
  frame.evaluate(([n, p]) => (window as any).app.call(n, p), [name, params] as const);
const sim = <T>(fn: string) =>
  page.evaluate(
    (src) => new Function('sim', `return (${src})(sim)`)((window as any).sim),
    fn,
  ) as Promise<T>;

beforeAll(async () => {
  served = await serveOrigins(fileURLToPath(new URL('./pages', import.meta.url)));
  browser = await launchChromium();
  page = await browser.newPage();
  const options = [
    '[interaction-workspace]',
    `service-client-api.accepted-web-content-origins=${served.client} (agent.*, voice.*, interaction.*, system.getAllowedServices)`,
    'service-client-api.rate-limit.agent.getStateList=2',
    'service-client-api.user-data.read-allowed=Key1,Key2',
    'service-client-api.user-data.write-allowed=Key1',
  ].join('\n');
  const url = new URL(`${served.host}/host.html`);
  url.searchParams.set('options', options);
  url.searchParams.append(
    'frame',
    `${served.client}/client.html?host=${encodeURIComponent(served.host)}`,
  );
  url.searchParams.append(
    'frame',
    `${served.other}/client.html?host=${encodeURIComponent(served.host)}`,
  );
  await page.goto(url.href);
  const find = async (origin: string) => {
    for (;;) {
      const f = page.frames().find((x) => x.url().startsWith(origin));
      if (f && (await f.evaluate(() => Boolean((window as any).app)).catch(() => false))) return f;
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  app = await find(served.client);
  foreign = await find(served.other);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('createWorkspaceHost on a real window, client in a cross-site iframe', () => {
  it('round trips: requests, frameId, events', async () => {
    expect(await call(app, 'agent.getState')).toMatchObject({
      ok: true,
      data: { operationName: 'Ready' },
    });
    const id = await sim<string>(
      '(s) => s.workspace.simulateInboundCall({ ani: "5551234", userData: { Key1: "a", Key2: "b", Key3: "hidden" } })',
    );
    expect(await call(app, 'voice.answer', [id])).toEqual({ ok: true });
    const events = await app.evaluate(() =>
      (window as any).app.events.map((e: any) => e.eventType),
    );
    expect(events).toEqual(['ADDED', 'RINGING', 'ESTABLISHED']);
    // `source` is the frame's own window (here: the iframe's).
    const frames = await sim<any[]>(
      '(s) => s.host.frames().map((f) => ({ ...f, source: f.source === document.querySelector("iframe").contentWindow }))',
    );
    expect(frames).toEqual([
      {
        frameId: 'frame-1',
        origin: served.client,
        kind: 'tab',
        source: true,
        subscriptions: [{ subscriptionId: '1', topics: ['interaction'] }],
      },
    ]);
  });

  it('a refused origin gets no reply: the client times out', async () => {
    expect(await call(foreign, 'agent.getState')).toMatchObject({ ok: false, code: 'TIMEOUT' });
    const refused = await sim<string[]>(
      '(s) => s.host.log().filter((e) => e.outcome === "refused-origin").map((e) => e.origin)',
    );
    expect(refused).toContain(served.other);
  });

  it('a request outside the origin filter gets no reply', async () => {
    expect(await call(app, 'sipEndpoint.muteMicrophone')).toMatchObject({
      ok: false,
      code: 'TIMEOUT',
    });
    expect(await sim<boolean>('(s) => s.workspace.getSnapshot().microphoneMuted')).toBe(false);
  });

  it('rate limit: the error reply, then silence (QUARANTINED in the core client)', async () => {
    await call(app, 'agent.getStateList');
    await call(app, 'agent.getStateList');
    const limited = await call(app, 'agent.getStateList');
    expect(limited).toEqual({
      ok: false,
      code: 'RATE_LIMITED',
      hostMessage:
        "The rate limit for the request 'agent.getStateList' has been reached.\nFurther requests of the same type will be ignored for 30 seconds.",
    });
    expect(await call(app, 'agent.getStateList')).toMatchObject({ ok: false, code: 'QUARANTINED' });
    expect(
      await app.evaluate(() => (window as any).app.rawSilence('agent.getStateList', 300)),
    ).toBe(true);
  });

  it('user data: unreadable keys are filtered, forbidden keys are refused', async () => {
    const got = await call(app, 'interaction.getByInteractionId', ['1']);
    expect(got.data.userData).toEqual({ Key1: 'a', Key2: 'b' });
    const refused = await call(app, 'interaction.setUserData', ['1', { Key2: 'x' }]);
    expect(refused).toMatchObject({
      ok: false,
      code: 'HOST_ERROR',
      hostMessage: expect.stringContaining("'Key2'"),
    });
    expect(await call(app, 'interaction.setUserData', ['1', { Key1: 'z' }])).toEqual({ ok: true });
    expect(
      await sim<unknown>('(s) => s.workspace.getSnapshot().interactions[0].userData'),
    ).toMatchObject({ Key1: 'z', Key2: 'b', Key3: 'hidden' });
  });
});
