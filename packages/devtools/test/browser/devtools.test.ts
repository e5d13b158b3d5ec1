import {
  CHROMIUM_ARGS,
  chromiumPath,
  launchChromium,
  serveOrigins,
  type ServedOrigins,
} from '@wwe-kit/browser-harness';
import { chromium } from 'playwright-core';
import { validateRecording } from '@wwe-kit/core/recording';
import type { Browser, Frame, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// One Chromium; the simulated Workspace on `.host` embeds the app (with the devtools' production
// loader) from `.client` (accepted, cross-site) and from `.other` (an origin it refuses).
let served: ServedOrigins;
let browser: Browser;
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

beforeAll(async () => {
  served = await serveOrigins(fileURLToPath(new URL('./pages', import.meta.url)));
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const options = () =>
  [
    '[interaction-workspace]',
    `service-client-api.accepted-web-content-origins=${served.client} (agent.*, interaction.*, voice.*, system.getAllowedServices)`,
    'service-client-api.rate-limit.agent.getStateList=2',
    'service-client-api.user-data.read-allowed=*',
    'service-client-api.user-data.write-allowed=*',
  ].join('\n');

const appUrl = (origin: string, flag = '') =>
  `${origin}/app.html?host=${encodeURIComponent(served.host)}${flag}`;

/** Opens the simulated Workspace embedding `frames`; returns the page and each app frame. */
async function openWorkspace(
  frames: string[],
  b: Browser = browser,
): Promise<{ page: Page; apps: Frame[] }> {
  const page = await b.newPage();
  const url = new URL(`${served.host}/host.html`);
  url.searchParams.set('options', options());
  for (const f of frames) url.searchParams.append('frame', f);
  await page.goto(url.href);
  const apps = await Promise.all(frames.map((f) => findFrame(page, new URL(f).origin)));
  return { page, apps };
}

async function findFrame(page: Page, origin: string): Promise<Frame> {
  for (;;) {
    const f = page.frames().find((x) => x.url().startsWith(origin));
    // (An evaluation in a frame still starting may never settle: bounded, then tried again.)
    const ready = f?.evaluate(() => Boolean((window as any).app)).catch(() => false);
    if (f && (await Promise.race([ready, new Promise((r) => setTimeout(r, 1000, false))])))
      return f;
    await new Promise((r) => setTimeout(r, 50));
  }
}

const call = (frame: Frame, name: string, params?: unknown[]) =>
  frame.evaluate(([n, p]) => (window as any).app.call(n, p), [name, params] as const);
const sim = <T>(page: Page, fn: string) =>
  page.evaluate(
    (src) => new Function('sim', `return (${src})(sim)`)((window as any).sim),
    fn,
  ) as Promise<T>;
const text = (frame: Frame, testid: string) =>
  frame.locator(`[data-testid="${testid}"]`).first().innerText();
/** The timeline row of the newest entry named `name`. */
const row = (frame: Frame, name: string) =>
  frame.locator('[data-testid="devtools-timeline"] tbody tr', { hasText: name }).first();
const panelChunkLoaded = (frame: Frame) =>
  frame.evaluate(() =>
    performance.getEntriesByType('resource').some((e) => e.name.includes('/src/mount.ts')),
  );

describe('the devtools panel in a cross-site iframe under the simulated Workspace', () => {
  it('opens by the URL flag and shows a scripted session: connection, capabilities, stores, pending, quarantine, timeline, subscriptions', async () => {
    const { page, apps } = await openWorkspace([appUrl(served.client, '#wwe-kit-devtools')]);
    const [app] = apps as [Frame];
    await expect.poll(() => app.locator('[data-testid="devtools-panel"]').isVisible()).toBe(true);
    expect(await app.evaluate(() => (window as any).app.connected())).toBe('connected');

    // Connection: state, pinned origin, frame id.
    await expect.poll(() => text(app, 'devtools-status')).toBe('connected');
    expect(await text(app, 'devtools-origin')).toBe(served.host);
    expect(await text(app, 'devtools-frame-id')).toMatch(/^frame-\d+$/);

    // The scripted session.
    expect(await call(app, 'agent.getState')).toMatchObject({ ok: true });
    expect(await call(app, 'sipEndpoint.muteMicrophone')).toEqual({
      ok: false,
      code: 'NOT_ALLOWED',
    });
    await call(app, 'agent.getStateList');
    await call(app, 'agent.getStateList');
    expect(await call(app, 'agent.getStateList')).toEqual({ ok: false, code: 'RATE_LIMITED' });
    expect(await call(app, 'agent.getStateList')).toEqual({ ok: false, code: 'QUARANTINED' });
    await sim(page, '(s) => s.host.inject({ request: "agent.getState", drop: true, times: 1 })');
    expect(await call(app, 'agent.getState')).toEqual({ ok: false, code: 'TIMEOUT' });
    const id = await sim<string>(
      page,
      '(s) => s.workspace.simulateInboundCall({ ani: "5551234", userData: { Segment: "gold-secret" } })',
    );
    expect(
      await call(app, 'interaction.setUserData', [id, { Note: 'private-note' }]),
    ).toMatchObject({ ok: true });
    await sim(page, '(s) => s.host.inject({ request: "agent.get", delayMs: 60000, times: 1 })');
    await app.evaluate(() => (window as any).app.send('agent.get'));

    // Pending requests with their elapsed time.
    await expect.poll(() => text(app, 'devtools-pending')).toMatch(/agent\.get\s+\S+\s+\d+ s/);
    // Quarantine with its countdown.
    await expect
      .poll(() => text(app, 'devtools-quarantines'))
      .toMatch(/agent\.getStateList\s+ends in \d+ s/);
    // Timeline: outcomes and error codes.
    const codes = () =>
      app
        .locator('[data-testid="devtools-timeline"] td[data-code]')
        .evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.code).filter(Boolean));
    await expect
      .poll(codes)
      .toEqual(expect.arrayContaining(['NOT_ALLOWED', 'RATE_LIMITED', 'QUARANTINED', 'TIMEOUT']));
    expect(await row(app, 'QUARANTINED').innerText()).toMatch(/QUARANTINED \(retry in \d+ s\)/);
    const timedOut = app
      .locator('[data-testid="devtools-timeline"] tr:has(td[data-code="TIMEOUT"])')
      .first();
    await timedOut.getByRole('button', { name: 'Show' }).click();
    expect(await timedOut.innerText()).toContain("Workspace answers, but not 'agent.getState'");
    expect(await timedOut.innerText()).toContain(
      'service-client-api.accepted-web-content-origins=',
    );
    expect(await row(app, 'interaction ADDED').innerText()).toContain('event');
    // Subscriptions by topic.
    await app.locator('summary', { hasText: 'Subscriptions' }).click();
    await expect.poll(() => text(app, 'devtools-subscriptions')).toMatch(/interaction\s+1\s+\S+/);
    // Capabilities: can() for every request of the catalog.
    await app.locator('summary', { hasText: 'Capabilities' }).click();
    await expect
      .poll(() => text(app, 'devtools-capabilities'))
      .toMatch(/agent\.getState\s+allowed/);
    expect(await text(app, 'devtools-capabilities')).toMatch(
      /sipEndpoint\.muteMicrophone\s+not allowed/,
    );
    // The stores (followed while their section is open).
    await app.locator('summary', { hasText: 'Stores' }).click();
    await expect.poll(() => text(app, 'devtools-stores')).toMatch(/"status": "ready"/);
    expect(await text(app, 'devtools-stores')).not.toContain('gold-secret');

    // Nothing of the panel reached the app's own document (Shadow DOM) but its host element.
    expect(await app.evaluate(() => document.querySelectorAll('section, table').length)).toBe(0);
    await page.close();
  });

  it('a refused origin: silent, with the exact INI line to add', async () => {
    const { page, apps } = await openWorkspace([appUrl(served.other, '#wwe-kit-devtools')]);
    const [refused] = apps as [Frame];
    await expect.poll(() => text(refused, 'devtools-status'), { timeout: 5000 }).toBe('silent');
    expect(await text(refused, 'devtools-hint')).toContain(
      `service-client-api.accepted-web-content-origins=${served.other}`,
    );
    await page.close();
  });

  it('masks user data, reveals one payload at a time, exports a valid recording and has no axe violations', async () => {
    const { page, apps } = await openWorkspace([appUrl(served.client, '#wwe-kit-devtools')]);
    const [app] = apps as [Frame];
    await app.evaluate(() => (window as any).app.connected());
    const id = await sim<string>(
      page,
      '(s) => s.workspace.simulateInboundCall({ ani: "5551234", userData: { Segment: "gold-secret" } })',
    );
    await call(app, 'interaction.setUserData', [id, { Note: 'private-note' }]);
    await sim(page, '(s) => s.host.inject({ request: "auth.getJwtToken", fail: "x", times: 1 })');

    const set = row(app, 'interaction.setUserData');
    await set.getByRole('button', { name: 'Show' }).click();
    expect(await set.innerText()).toContain('"Note": "•••"');
    expect(await set.innerText()).not.toContain('private-note');
    await set.getByRole('button', { name: 'Reveal values' }).click();
    expect(await set.innerText()).toContain('private-note');
    // Revealing another payload masks the first again.
    const event = row(app, 'interaction ADDED');
    await event.getByRole('button', { name: 'Show' }).click();
    expect(await event.innerText()).not.toContain('gold-secret');
    await event.getByRole('button', { name: 'Reveal values' }).click();
    expect(await event.innerText()).toContain('gold-secret');
    expect(await set.innerText()).not.toContain('private-note');

    // axe-core (WCAG 2.1 AA) on the open panel, a payload shown.
    await app.locator('summary', { hasText: 'Capabilities' }).click();
    await app.locator('summary', { hasText: 'Export' }).click();
    await app.addScriptTag({ content: axeSource });
    const violations = await app.evaluate(async () => {
      const r = await (window as any).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
      return r.violations.map(
        (v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`,
      );
    });
    expect(violations).toEqual([]);

    // Export through the panel's button: the file validates; user data masked; URL without flag.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      app.getByTestId('devtools-export-button').click(),
    ]);
    const file = readFileSync((await download.path())!, 'utf8');
    const result = validateRecording(file);
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.recording.meta).toMatchObject({
      workspaceOrigin: served.host,
      appUrl: `${served.client}/app.html`,
      source: '@wwe-kit/devtools',
      masking: { mode: 'user-data', kept: [] },
    });
    expect(result.recording.meta.frameId).toMatch(/^frame-/);
    expect(result.recording.messages.map((m) => m.kind)).toEqual(
      // (The app subscribed before the panel was fetched: the recording starts with the panel.)
      expect.arrayContaining(['request', 'reply', 'event']),
    );
    expect(file).not.toContain('private-note');
    expect(file).not.toContain('gold-secret');
    // Keys listed to keep stay in clear.
    await app.getByTestId('devtools-keep').fill('Note');
    const [again] = await Promise.all([
      page.waitForEvent('download'),
      app.getByTestId('devtools-export-button').click(),
    ]);
    const kept = readFileSync((await again.path())!, 'utf8');
    expect(kept).toContain('private-note');
    expect(kept).not.toContain('gold-secret');
    await page.close();
  });

  it('is keyboard operable: the button opens it, Escape closes it and gives the focus back', async () => {
    const { page, apps } = await openWorkspace([appUrl(served.client, '#wwe-kit-devtools')]);
    const [app] = apps as [Frame];
    const panel = app.getByTestId('devtools-panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.isVisible()).toBe(false);
    const focused = () =>
      app.evaluate(
        () =>
          document.querySelector('[data-wwe-kit-devtools]')?.shadowRoot?.activeElement?.textContent,
      );
    expect(await focused()).toBe('Workspace devtools');
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await focused()).toBe('Close');
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.isVisible()).toBe(false);
    await page.close();
  });

  it('production loader: nothing of the panel until the localStorage flag is set', async () => {
    // This Chromium denies storage to third-party frames by default (the other tests: the loader
    // still works there); a browser that allows it, as most do for partitioned storage:
    const allowing = await chromium.launch({
      executablePath: chromiumPath(),
      args: [...CHROMIUM_ARGS, '--disable-features=BlockThirdPartyCookies'],
      headless: true,
    });
    try {
      const { page, apps } = await openWorkspace([appUrl(served.client)], allowing);
      let [app] = apps as [Frame];
      await app.evaluate(() => (window as any).app.connected());
      expect(await app.evaluate(() => (window as any).app.devtoolsLoaded())).toBe(false);
      expect(await panelChunkLoaded(app)).toBe(false);
      await app.evaluate(() => localStorage.setItem('wwe-kit:devtools', '1'));
      await page.reload();
      app = await findFrame(page, served.client);
      await expect.poll(() => app.getByTestId('devtools-panel').isVisible()).toBe(true);
      expect(await panelChunkLoaded(app)).toBe(true);
    } finally {
      await allowing.close();
    }
  });

  it('production loader: the keyboard shortcut Ctrl+Alt+Shift+W opens and closes it', async () => {
    const { page, apps } = await openWorkspace([appUrl(served.client)]);
    const [app] = apps as [Frame];
    await app.evaluate(() => (window as any).app.connected());
    expect(await panelChunkLoaded(app)).toBe(false);
    await app.getByRole('button', { name: 'Something of the app' }).focus();
    await page.keyboard.press('Control+Alt+Shift+KeyW');
    const panel = app.getByTestId('devtools-panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    await app.getByRole('button', { name: 'Something of the app' }).focus();
    await page.keyboard.press('Control+Alt+Shift+KeyW');
    await expect.poll(() => panel.isVisible()).toBe(false);
    await page.close();
  });

  it('in a popup opened by Workspace: opens by the URL flag and is connected', async () => {
    const page = await browser.newPage();
    const url = new URL(`${served.host}/host.html`);
    url.searchParams.set('options', options());
    url.searchParams.set('popup', appUrl(served.client, '#wwe-kit-devtools'));
    await page.goto(url.href);
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      page.evaluate(() => (window as any).openApp()),
    ]);
    await popup.waitForFunction(() => Boolean((window as any).app));
    await expect.poll(() => popup.getByTestId('devtools-panel').isVisible()).toBe(true);
    await expect.poll(() => popup.getByTestId('devtools-status').innerText()).toBe('connected');
    expect(await popup.getByTestId('devtools-origin').innerText()).toBe(served.host);
    await page.close();
  });
});
