// The end-to-end flows, run for each sample app embedded cross-origin in the host page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from '@wwe-kit/browser-harness';
import type { AppDriver } from './apps';
import { appFrame, expectText, setup, type E2E, type Scope } from './fixture';

/** The host page's pieces the flows use. */
export const host = {
  agentState: (page: Page) => page.getByTestId('host-agent-state'),
  interaction: (page: Page, id: string) => page.getByTestId(`host-interaction-${id}`),
  state: (page: Page, id: string) => page.getByTestId(`host-state-${id}`),
  recording: (page: Page, id: string) => page.getByTestId(`host-recording-${id}`),
  userData: (page: Page, id: string, key: string) =>
    page.getByTestId(`host-userdata-${id}`).locator(`dd[data-key="${key}"]`),
  interactions: (page: Page) => page.getByRole('list', { name: 'Interactions' }),
  inspector: (page: Page) => page.getByRole('region', { name: 'Message inspector' }),
  async simulateCall(page: Page, ani: string) {
    await page.getByLabel('Media').selectOption('voice');
    await page.getByLabel('ANI').fill(ani);
    await page.getByRole('button', { name: 'Simulate inbound' }).click();
  },
  /** Edits the security options as the agent-desktop developer would, and applies them. */
  async editSecurity(page: Page, edit: (lines: string) => string) {
    const box = page.getByRole('textbox', { name: 'Security options' });
    await box.fill(edit(await box.inputValue()));
    await page.getByRole('button', { name: 'Apply security options' }).click();
    await expectText(page.getByTestId('security-status'), /Applied/);
  },
};

/** The connection status the app shows (`connecting`, `connected`, `silent`…). */
export const connectionStatus = (app: Scope) =>
  app.getByTestId('connection').getAttribute('data-status');

/** Waits until the app is connected to the host (it answered the app's probe). */
export const connected = (app: Scope) =>
  expect.poll(() => connectionStatus(app), { timeout: 10_000 }).toBe('connected');

/** Agent state both ways. */
export async function agentStateFlow(d: AppDriver, page: Page, app: Scope) {
  await expectText(d.agentState(app), /Ready/);
  await page.getByLabel('Agent state').selectOption('NotReadyBreak');
  await expectText(d.agentState(app), /Break/);
  await app.getByLabel('Agent state').selectOption('AfterCallWork');
  await expectText(host.agentState(page), 'After Call Work');
}

/** An inbound call from the host, handled from the app. */
export async function inboundCallFlow(d: AppDriver, page: Page, app: Scope) {
  await connected(app);
  await host.simulateCall(page, '+1 555 0199');
  // The agent selects the call in the app (React selects a new one by itself).
  await app.getByRole('button', { name: /\+1 555 0199/ }).click();
  await expectText(d.interactionState(app), 'RINGING');
  await app.getByRole('button', { name: 'Answer', exact: true }).click();
  await expectText(d.interactionState(app), 'TALKING');
  await expectText(host.state(page, '1'), 'TALKING');

  await app.getByRole('button', { name: 'Start recording' }).click();
  await expectText(host.recording(page, '1'), 'Recording: on');
  await expectText(d.recordingState(app), 'RECORDING');
  await app.getByRole('button', { name: 'Pause recording' }).click();
  await expectText(host.recording(page, '1'), 'Recording: paused');

  await d.setUserData(app, 'Note', 'Called back from the app');
  await expectText(host.userData(page, '1', 'Note'), 'Called back from the app');
  // AccountId is readable, not writable (service-client-api.user-data.write-allowed).
  await d.setUserData(app, 'AccountId', 'AC-666');
  await expectText(d.userDataError(app), /HOST_ERROR.*AccountId/);
  await expectText(host.userData(page, '1', 'AccountId'), 'AC-1001');
  await expectText(host.inspector(page), /forbidden user-data key/);

  // The inspector masks user data until revealed.
  const inspector = host.inspector(page);
  expect(await inspector.textContent()).not.toContain('Called back from the app');
  await inspector.getByLabel('Reveal user data').check();
  await expectText(inspector, /Called back from the app/);
}

/** Click-to-dial, and a toast whose button click goes back to the app. */
export async function dialAndToastFlow(d: AppDriver, page: Page, app: Scope) {
  await connected(app);
  await d.dial(app, '5550101');
  await expectText(host.interactions(page), /Call #1 to 5550101/);
  await expectText(host.state(page, '1'), /DIALING|TALKING/);

  await app.getByRole('button', { name: 'Show toast' }).click();
  const toast = page.getByRole('region', { name: 'Toasts' }).getByRole('group');
  await toast.getByRole('button', { name: d.toastButton }).click();
  await expectText(d.eventLog(app), /wweCustomToast0 button 0/);
  await expect.poll(() => toast.count()).toBe(0);
}

/** Each flow of issue 8 as its own test, on a fresh host page. */
export function appSuite(d: AppDriver) {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await setup(d.name);
  }, 60_000);
  afterAll(() => e2e?.close());

  const withTab = async (flow: (page: Page, app: Scope) => Promise<void>) => {
    const { page } = await e2e.open('tab');
    await flow(page, appFrame(page));
  };

  describe(`${d.name} embedded cross-origin`, () => {
    test('the agent state changes both ways', () =>
      withTab((page, app) => agentStateFlow(d, page, app)));

    test('an inbound call: answered, recorded, user data edited, a forbidden key refused', () =>
      withTab((page, app) => inboundCallFlow(d, page, app)));

    test('click-to-dial makes an outbound call; a toast button click reaches the app', () =>
      withTab((page, app) => dialAndToastFlow(d, page, app)));

    test('an origin Workspace does not accept: the app says so instead of hanging', () =>
      withTab(async (page, app) => {
        await connected(app);
        await host.editSecurity(page, (lines) =>
          lines.replace(
            /^(service-client-api\.accepted-web-content-origins=).*$/m,
            '$1http://127.0.0.2:1',
          ),
        );
        // By keyboard: a click right after scrolling the button into view can reach the app's
        // frame just below it (Chromium hit-tests an out-of-process frame by its old position).
        await page.getByRole('button', { name: 'Reload App' }).press('Enter');
        await expect.poll(() => connectionStatus(app), { timeout: 10_000 }).toBe('silent');
        await expectText(
          app.getByTestId('connection-hint'),
          `service-client-api.accepted-web-content-origins=${e2e.appOrigin}`,
        );
        await expectText(host.inspector(page), /refused by origin/);
      }));

    test('a page that is not an allowed Workspace: origin-mismatch at once, no message sent to it', async () => {
      const { page, origin, received } = await e2e.openNotWorkspace();
      const app = appFrame(page);
      // At once: known from the browser (location.ancestorOrigins), not after 3 s of silence.
      await expect.poll(() => connectionStatus(app), { timeout: 5000 }).toBe('origin-mismatch');
      await expectText(app.getByTestId('connection-message'), origin);
      await expectText(app.getByTestId('connection-hint'), e2e.hostOrigin);
      // The app's requests (agent state, interactions…) were never posted to the page.
      await page.waitForTimeout(1000);
      expect(await received()).toEqual([]);
    });

    test('axe-core, WCAG 2.1 A/AA: no violation in the app, connected and with a call', () =>
      withTab(async (page, app) => {
        await connected(app);
        const frame = () => page.frames().find((f) => f.url().startsWith(e2e.appOrigin))!;
        const results: Record<string, string[]> = {};
        results.connected = await axeViolations(frame());
        await host.simulateCall(page, '+1 555 0199');
        await app.getByRole('button', { name: /\+1 555 0199/ }).click();
        await expectText(d.interactionState(app), 'RINGING');
        results['with a call'] = await axeViolations(frame());
        for (const [state, v] of Object.entries(results))
          console.log(`[axe] ${d.name} ${state}: ${v.length} violations`);
        expect(results).toEqual({ connected: [], 'with a call': [] });
      }));

    test('rate-limit.voice.dial=2: the third dial is rate-limited, the fourth quarantined', () =>
      withTab(async (page, app) => {
        await connected(app);
        await host.editSecurity(
          page,
          (lines) => `${lines}\nservice-client-api.rate-limit.voice.dial=2`,
        );
        await d.dial(app, '5550101');
        await expect.poll(() => host.interaction(page, '1').count()).toBe(1);
        await d.dial(app, '5550102');
        await expect.poll(() => host.interaction(page, '2').count()).toBe(1);
        await d.dial(app, '5550103');
        await expectText(d.dialError(app), /RATE_LIMITED/);
        await d.dial(app, '5550104');
        await expectText(d.dialError(app), /QUARANTINED/);
        await expectText(host.inspector(page), /rate-limited/);
        expect(await host.interaction(page, '3').count()).toBe(0);
        // The fourth was refused by the app itself: Workspace received three dials.
        const dials = await page.evaluate(
          () =>
            (
              window as unknown as {
                wwe: { host: { log(): { direction: string; request?: string }[] } };
              }
            ).wwe.host
              .log()
              .filter((e) => e.direction === 'in' && e.request === 'voice.dial').length,
        );
        expect(dials).toBe(3);
      }));
  });
}
