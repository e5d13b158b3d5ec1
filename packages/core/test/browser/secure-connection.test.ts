/**
 * The connection in a real browser (Debian Chromium), across sites: the host page on `localhost`,
 * the app on `127.0.0.1`, a foreign origin `127.0.0.2`. Allowed origins come from the app's own
 * configuration (`?host=` in these test pages), never from the page that shows it.
 */
import { expect, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { received } from './official-message';
import { useTestPages } from './test-pages';

const pages = useTestPages();
const { host } = pages;
const embed = (page: Page, src: string): Promise<Frame> => pages.embed(page, 'client', src);
const connection = (f: Frame | Page) =>
  f.evaluate(() => {
    const c = (window as any).client.connection;
    (window as any).off ??= c.subscribe(() => {});
    return c.get();
  });

test('a page whose origin is not allowed: origin-mismatch at once, and it receives nothing', async () => {
  const page = await host();
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  try {
    const app = await embed(page, `${pages.served.client}/client.html?host=${pages.served.other}`);
    const started = Date.now();
    await expect
      .poll(() => connection(app).then((c) => c.status), { interval: 20 })
      .toBe('origin-mismatch');
    expect(Date.now() - started).toBeLessThan(700); // no waiting for a timeout (silent is 800 ms)
    const c = await connection(app);
    expect(c.message).toContain(pages.served.host);
    const error = await app.evaluate(() =>
      (window as any).client.voice.dial('5551234').catch((e: any) => e.code),
    );
    expect(error).toBe('ORIGIN_MISMATCH');
    expect(await received(page)).toEqual([]);
    // The developer sees it in the app frame's console too, once, with the allowed origins.
    await expect
      .poll(() => warnings)
      .toEqual([
        `[wwe-kit] Shown by ${pages.served.host}, not an allowed Workspace origin: nothing is sent. Allowed: ${pages.served.other}`,
      ]);
  } finally {
    await page.close();
  }
});

test('Workspace does not accept the app: silent, with the exact INI line; TIMEOUT carries the hint', async () => {
  const page = await host();
  try {
    await page.evaluate(() => (window as any).host.setSilent(true));
    const app = await embed(page, `${pages.served.client}/client.html?host=${pages.served.host}`);
    await expect.poll(() => connection(app).then((c) => c.status)).toBe('silent');
    const line = `service-client-api.accepted-web-content-origins=${pages.served.client}`;
    expect((await connection(app)).hint).toContain(line);
    const error = await app.evaluate(() =>
      (window as any).client.agent.getState().catch((e: any) => ({ code: e.code, hint: e.hint })),
    );
    expect(error.code).toBe('TIMEOUT');
    expect(error.hint).toContain(line);
    // A late answer still connects.
    await page.evaluate(() => (window as any).host.setSilent(false));
    await app.evaluate(() => (window as any).client.agent.getState());
    await expect.poll(() => connection(app).then((c) => c.status)).toBe('connected');
  } finally {
    await page.close();
  }
});

test('three allowed origins, as a popup (no ancestorOrigins): the right one is pinned; the copies for the other two are never delivered', async () => {
  const page = await host();
  try {
    const allowed = [pages.served.other, pages.served.host, 'http://127.0.0.3:1'].join(',');
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      page.evaluate(
        (src) => (window as any).host.open('client', src),
        `${pages.served.client}/client.html?host=${allowed}`,
      ),
    ]);
    await popup.waitForFunction(() => (window as any).client);
    expect(await popup.evaluate(() => (window as any).client.agent.getState())).toEqual({
      operationName: 'Ready',
    });
    await expect.poll(() => connection(popup).then((c) => c.status)).toBe('connected');
    expect((await connection(popup)).origin).toBe(pages.served.host);
    // Once pinned, one copy per message, all from the app, all with the host as target.
    await popup.evaluate(() => (window as any).client.agent.getState());
    const got = await received(page);
    expect(got.map((m) => m.data.request)).toEqual([
      'agent.getState',
      'system.getAllowedServices',
      'agent.getState',
    ]);
    expect(new Set(got.map((m) => m.origin))).toEqual(new Set([pages.served.client]));
  } finally {
    await page.close();
  }
});

test('NOT_ALLOWED: a request Workspace lists as not allowed fails at once and is never sent', async () => {
  const page = await host();
  try {
    await page.evaluate(() =>
      (window as any).host.setAnswer('system.getAllowedServices', ['agent.*', 'system.*']),
    );
    const app = await embed(page, `${pages.served.client}/client.html?host=${pages.served.host}`);
    await expect
      .poll(() => connection(app).then((c) => c.allowedServices))
      .toEqual(['agent.*', 'system.*']);
    expect(await app.evaluate(() => (window as any).client.can('agent.setState'))).toBe(true);
    expect(await app.evaluate(() => (window as any).client.can('voice.dial'))).toBe(false);
    const error = await app.evaluate(() =>
      (window as any).client.voice
        .dial('5551234')
        .catch((e: any) => ({ code: e.code, hint: e.hint, request: e.request })),
    );
    expect(error).toMatchObject({ code: 'NOT_ALLOWED', request: 'voice.dial' });
    expect(error.hint).toContain('voice.dial');
    expect((await received(page)).map((m) => m.data.request)).not.toContain('voice.dial');
  } finally {
    await page.close();
  }
});

test('Workspace reloaded (a new frame id): the app subscribes again and events resume', async () => {
  const page = await host();
  try {
    const app = await embed(page, `${pages.served.client}/client.html?host=${pages.served.host}`);
    await app.evaluate(() => (window as any).listen('agent'));
    await expect.poll(async () => (await received(page)).length).toBe(1);
    await page.evaluate(
      (o) => (window as any).host.announce('client', o, 'frame-1'),
      pages.served.client,
    );
    // The reloaded Workspace knows nothing of the app: it assigns a new id.
    await page.evaluate(
      (o) => (window as any).host.announce('client', o, 'frame-2'),
      pages.served.client,
    );
    await expect
      .poll(async () => (await received(page)).filter((m) => m.data.event === 'subscribe').length)
      .toBe(2);
    const resubscribe = (await received(page)).at(-1)!;
    expect(resubscribe.data).toMatchObject({
      event: 'subscribe',
      data: ['agent'],
      frameId: 'frame-2',
    });
    await page.evaluate(
      (o) => (window as any).host.push('client', o, 'agent', { n: 1 }),
      pages.served.client,
    );
    await expect.poll(() => app.evaluate(() => (window as any).events.length)).toBe(1);
  } finally {
    await page.close();
  }
});
