// The simulated desktop in Debian's Chromium, audited with axe-core (WCAG 2.1 A and AA) in each
// state an agent meets it, and driven by keyboard only: every step asserts where focus is.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, launchChromium } from '@wwe-kit/browser-harness';
import { startWorkspace, type RunningWorkspace } from '../src/node/start-workspace';
import { openDesktop } from './desktop-page';
import type { SeedData } from '../src/shared/served';

const quiet = { info() {}, warn() {}, error() {} };

/** A small app, on another site than the page (127.0.0.1), that stays quiet. */
async function startApp(): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer((_req, res) =>
    res
      .writeHead(200, { 'Content-Type': 'text/html' })
      .end('<!doctype html><html lang="en"><title>App</title><main><h1>App</h1></main></html>'),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const SEED: SeedData = {
  targets: [{ type: 'AGENT', destination: 'jsmith', name: 'John Smith' }],
  campaigns: [
    {
      name: 'Renewals',
      mode: 'PREVIEW',
      records: [
        { handle: 1, phone: '5551000', fields: { FirstName: 'Ada' } },
        { handle: 2, phone: '5551001', fields: { FirstName: 'Grace' } },
      ],
    },
  ],
};

let browser: Browser;
let app: Awaited<ReturnType<typeof startApp>>;
const closers: (() => Promise<unknown>)[] = [];
beforeAll(async () => {
  browser = await launchChromium();
  app = await startApp();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c()));
});

type Wwe = { wwe: { workspace: { handleRequest(name: string, params: unknown[]): unknown } } };

/** The desktop with two tab views of the app, the seed above and a misspelt option. */
async function open(viewport = { width: 1440, height: 900 }): Promise<Page> {
  const ws: RunningWorkspace = await startWorkspace({
    apps: [
      { url: `${app.origin}/first`, label: 'First' },
      { url: `${app.origin}/second`, label: 'Second' },
    ],
    seed: SEED,
    port: 0,
    logger: quiet,
  });
  return openDesktop(browser, ws, closers, { viewport });
}

/** What the app does from its frame: a request handled by the simulated Workspace. */
const request = (page: Page, name: string, params: unknown[]) =>
  page.evaluate(([n, p]) => (window as unknown as Wwe).wwe.workspace.handleRequest(n, p), [
    name,
    params,
  ] as const);

/** The WCAG 2.1 A/AA violations axe-core finds in the page (not in the apps' frames). */
const axe = (page: Page) => axeViolations(page);

/** A focused element's role and accessible name, as a screen reader would say it. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    const role =
      el.getAttribute('role') ??
      (el.tagName === 'BUTTON'
        ? 'button'
        : el.tagName === 'SELECT'
          ? 'combobox'
          : el.tagName === 'H2'
            ? 'heading'
            : el.tagName.toLowerCase());
    const name =
      el.getAttribute('aria-label') ??
      (el.getAttribute('aria-labelledby')
        ? el
            .getAttribute('aria-labelledby')!
            .split(' ')
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' ')
        : (el.textContent ?? '').trim());
    const row = el.closest('[data-testid^="host-interaction-"]')?.getAttribute('data-testid');
    return `${role} ${name}${row ? ` (${row.replace('host-interaction-', '#')})` : ''}`;
  });
}

/** Presses Tab (Shift+Tab) until `target` has focus; fails after 60 presses. */
async function tabTo(page: Page, target: string | RegExp, back = false): Promise<void> {
  for (let n = 0; n < 60; n++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (typeof target === 'string' ? now === target : target.test(now)) return;
  }
  throw new Error(`Tab never reached ${target}; focus is on ${await focused(page)}`);
}

const text = (page: Page, testId: string) => page.getByTestId(testId).first().textContent();

describe('axe-core, WCAG 2.1 A/AA: 0 violations in each state', () => {
  const results: Record<string, string[]> = {};
  afterAll(() => {
    for (const [state, v] of Object.entries(results))
      console.log(`[axe] ${state}: ${v.length} violation${v.length === 1 ? '' : 's'}`);
  });
  const check = async (state: string, page: Page) => {
    results[state] = await axe(page);
    expect(results[state], state).toEqual([]);
  };

  test('idle, ringing, busy (call + chat + email), toast, dialog, inspector, security editor, outbound', async () => {
    const page = await open();
    await check('idle', page);

    await page.getByRole('button', { name: 'Simulate inbound' }).click();
    await expect.poll(() => text(page, 'host-state-1')).toBe('RINGING');
    await check('ringing', page);

    await page.getByRole('button', { name: 'Answer' }).click();
    await page.getByLabel('Media').selectOption('chat');
    await page.getByRole('button', { name: 'Simulate inbound' }).click();
    await page.getByLabel('Media').selectOption('email');
    await page.getByRole('button', { name: 'Simulate inbound' }).click();
    await expect.poll(() => page.locator('[data-testid^="host-interaction-"]').count()).toBe(3);
    await request(page, 'voice.startCallRecording', ['1']);
    await expect.poll(() => text(page, 'host-recording-1')).toBe('Recording: on');
    await check('busy', page);

    await request(page, 'system.popupToast', [
      { title: 'Callback due', message: 'Ada asked for a callback', buttons: ['Call now'] },
    ]);
    await page.getByRole('group', { name: 'Callback due' }).waitFor();
    await check('toast', page);
    // The toast takes its own place: it covers none of the views' tabs.
    const toast = (await page.getByRole('group', { name: 'Callback due' }).boundingBox())!;
    const tabs = (await page.getByRole('tablist', { name: 'Views' }).boundingBox())!;
    expect(toast.y + toast.height).toBeLessThanOrEqual(tabs.y);

    await request(page, 'system.openDialog', [`${app.origin}/dialog`, { label: 'Wrap-up' }]);
    await page.getByRole('dialog', { name: 'Wrap-up' }).waitFor();
    await check('dialog', page);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    const inspector = page.getByRole('region', { name: 'Message inspector' });
    await inspector.getByLabel('Reveal user data').check();
    await inspector.getByLabel('Filter messages').fill('voice');
    await check('inspector', page);

    const security = page.getByRole('textbox', { name: 'Security options' });
    await security.fill('service-client-api.accepted-web-content-origins=*\nnot an option');
    await page.getByRole('button', { name: 'Apply security options' }).click();
    await expect.poll(() => text(page, 'security-status')).toMatch(/not an option/i);
    await check('security editor', page);

    await page.getByRole('button', { name: 'Preview next record' }).click();
    await expect.poll(() => text(page, 'record-status-Renewals-1')).toBe('previewing');
    await check('outbound', page);
  });

  test('narrow windows: no horizontal scroll at 320 px (400 % zoom) and 1024 px', async () => {
    for (const width of [320, 1024]) {
      const page = await open({ width, height: 768 });
      await page.getByRole('button', { name: 'Simulate inbound' }).click();
      await expect.poll(() => text(page, 'host-state-1')).toBe('RINGING');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${width} px`).toBe(0);
      // The app's frame fills the height left under the header and the tabs.
      const frame = (await page.locator('iframe[title="First"]').boundingBox())!;
      expect(frame.height, `${width} px`).toBeGreaterThanOrEqual(768 - 160);
      await check(`${width} px`, page);
    }
  });
});

test('keyboard only: state, call, hold, resume, hang up, done, tabs, toast, dialog, inspector', async () => {
  const page = await open();
  const state = () => text(page, 'host-agent-state');
  const initial = await state();

  // The agent state: arrow keys choose, Enter applies; focus stays on the menu.
  await tabTo(page, 'combobox Agent state');
  await page.keyboard.press('ArrowDown');
  expect(await state()).toBe(initial);
  await expect.poll(() => page.getByTestId('agent-state-pending').isVisible()).toBe(true);
  await page.keyboard.press('Enter');
  await expect.poll(state).not.toBe(initial);
  expect(await focused(page)).toBe('combobox Agent state');
  expect(await page.getByTestId('live-polite').textContent()).toMatch(/^Agent state: /);

  // Log Off asks first; Escape keeps the state and returns focus to the menu.
  const before = await state();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toBe('button Cancel');
  await page.keyboard.press('Escape');
  await expect.poll(() => focused(page)).toBe('combobox Agent state');
  expect(await state()).toBe(before);

  // A call: simulated, announced at once, answered, held, resumed, hung up, marked done.
  await tabTo(page, 'button Simulate inbound');
  await page.keyboard.press('Enter');
  await expect.poll(() => text(page, 'host-state-1')).toBe('RINGING');
  expect(await focused(page)).toBe('button Simulate inbound');
  expect(await page.getByTestId('live-assertive').textContent()).toMatch(/^Incoming call from /);

  await tabTo(page, 'button Answer (#1)');
  await page.keyboard.press('Enter');
  await expect.poll(() => text(page, 'host-state-1')).toBe('TALKING');
  expect(await focused(page)).toBe('button Hold (#1)');

  await page.keyboard.press('Enter');
  await expect.poll(() => text(page, 'host-state-1')).toBe('HELD');
  expect(await focused(page)).toBe('button Resume (#1)');

  await page.keyboard.press('Enter');
  await expect.poll(() => text(page, 'host-state-1')).toBe('TALKING');
  expect(await focused(page)).toBe('button Hold (#1)');

  await tabTo(page, 'button Hang up (#1)');
  await page.keyboard.press('Enter');
  await expect.poll(() => text(page, 'host-state-1')).toBe('RELEASED');
  expect(await focused(page)).toBe('button Mark done (#1)');

  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByTestId('host-interaction-1').count()).toBe(0);
  expect(await focused(page)).toBe('heading Interactions (0)');

  // Outbound: the campaign's list is drawn again; focus stays on the button used.
  await tabTo(page, 'button Preview next record');
  await page.keyboard.press('Enter');
  await expect.poll(() => text(page, 'record-status-Renewals-1')).toBe('previewing');
  expect(await focused(page)).toBe('button Preview next record');
  await tabTo(page, 'button Cancel');
  await page.keyboard.press('Enter');
  await expect.poll(() => text(page, 'record-status-Renewals-1')).not.toBe('previewing');
  expect(await focused(page)).toBe('button Preview next record');

  // The view tabs: one Tab stop, arrow keys move and show.
  await tabTo(page, 'tab First');
  await page.keyboard.press('ArrowRight');
  expect(await focused(page)).toBe('tab Second');
  expect(await page.getByRole('tab', { name: 'Second' }).getAttribute('aria-selected')).toBe(
    'true',
  );
  expect(await page.getByRole('tabpanel', { name: 'Second' }).isVisible()).toBe(true);
  expect(await page.getByRole('tabpanel', { name: 'First' }).isHidden()).toBe(true);

  // A toast: Alt+T reaches it, Escape dismisses it, focus goes back.
  await request(page, 'system.popupToast', [{ title: 'Callback due', message: 'Ada' }]);
  await page.keyboard.press('Alt+T');
  expect(await focused(page)).toBe('group Callback due');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByRole('group', { name: 'Callback due' }).count()).toBe(0);
  expect(await focused(page)).toBe('tab Second');

  // A dialog: focus moves in, Escape closes it, focus goes back.
  await request(page, 'system.openDialog', [`${app.origin}/dialog`, { label: 'Wrap-up' }]);
  await expect.poll(() => focused(page)).toBe('button Close Wrap-up');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  expect(await focused(page)).toBe('tab Second');

  // The inspector: its message list is reached and scrolled by keyboard.
  await tabTo(page, 'region Message list');
  await page.keyboard.press('PageDown');
  expect(await focused(page)).toBe('region Message list');
});
