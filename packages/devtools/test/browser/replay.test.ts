// A recording exported from the devtools panel inside Workspace replays against the same app: in a
// unit test (`createTestWorkspace({ replay })`) and on the simulated desktop (`wwe-workspace
// --replay`, the prebuilt page of @wwe-kit/workspace), with zero divergences and the same events at
// each step; the same recording fails a changed app, the divergence positioned. Debian's Chromium;
// the app (with the devtools' production loader) on another site than Workspace.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  freePort,
  launchChromium,
  serveOrigins,
  type ServedOrigins,
} from '@wwe-kit/browser-harness';
import { validateRecording, type Recording } from '@wwe-kit/core/recording';
import { createTestWorkspace } from '@wwe-kit/simulator';
import { startWorkspace } from '@wwe-kit/workspace';
import { callFlow } from './pages/call-flow';

let served: ServedOrigins;
let browser: Browser;
beforeAll(async () => {
  served = await serveOrigins(fileURLToPath(new URL('./pages', import.meta.url)));
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const OPTIONS = () =>
  [
    '[interaction-workspace]',
    `service-client-api.accepted-web-content-origins=${served.client}`,
    'service-client-api.user-data.read-allowed=*',
    'service-client-api.user-data.write-allowed=*',
  ].join('\n');

/** The app's frame once its script ran. */
async function appFrame(page: Page, origin: string): Promise<Frame> {
  await expect
    .poll(() =>
      page
        .frames()
        .find((f) => f.url().startsWith(origin))
        ?.evaluate(() => Boolean((window as any).app?.ready))
        .catch(() => false),
    )
    .toBe(true);
  return page.frames().find((f) => f.url().startsWith(origin))!;
}
const events = (frame: Frame) => frame.locator('#events li').allTextContents();

/** In the simulated Workspace: a call rings, the app answers and writes the disposition, the
 * customer hangs up, the app marks it done; then the panel's Export button. */
async function recordInWorkspace(): Promise<{ text: string; recorded: string[] }> {
  const page = await browser.newPage({ acceptDownloads: true });
  try {
    const url = new URL(`${served.host}/host.html`);
    url.searchParams.set('options', OPTIONS());
    url.searchParams.append(
      'frame',
      `${served.client}/flow-app.html?host=${encodeURIComponent(served.host)}#wwe-kit-devtools`,
    );
    await page.goto(url.href);
    const app = await appFrame(page, served.client);
    await expect.poll(() => app.getByTestId('devtools-panel').isVisible()).toBe(true);
    const id = await page.evaluate(() =>
      (window as any).sim.workspace.simulateInboundCall({ ani: '5551234' }),
    );
    await expect.poll(() => events(app)).toContain('ESTABLISHED:TALKING');
    // The disposition reached Workspace before the customer hangs up.
    await expect
      .poll(() =>
        page.evaluate(
          (id) =>
            (window as any).sim.workspace
              .getSnapshot()
              .interactions.find((i: { interactionId: string }) => i.interactionId === id)
              ?.userData,
          id,
        ),
      )
      .toMatchObject({ Disposition: 'Sale' });
    await page.evaluate((id) => (window as any).sim.workspace.customerHangUp(id), id);
    await expect.poll(() => events(app)).toContain('REMOVED:RELEASED');
    await app.locator('summary', { hasText: 'Export' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      app.getByTestId('devtools-export-button').click(),
    ]);
    return {
      text: readFileSync((await download.path())!, 'utf8'),
      recorded: await events(app),
    };
  } finally {
    await page.close();
  }
}

describe('a devtools export replays against the same app', () => {
  // The session the other tests replay: recorded by the first (expect.poll needs a test).
  let session: { text: string; recorded: string[]; recording: Recording };

  it('the export starts with the app’s first message (the loader recorded before the panel loaded)', async () => {
    const { text, recorded } = await recordInWorkspace();
    const checked = validateRecording(text);
    if (!checked.ok) throw new Error(`the export: ${checked.path}: ${checked.message}`);
    const { recording } = checked;
    session = { text, recorded, recording };
    expect(recording.meta.source).toBe('@wwe-kit/devtools');
    expect(recording.meta.dropped).toBe(0);
    // The app's subscription is the first message: what a replay from the start needs.
    expect(recording.messages[0]).toMatchObject({
      dir: 'out',
      kind: 'subscribe',
      message: { event: 'subscribe', data: ['interaction'] },
    });
    const requests = recording.messages
      .filter((m) => m.kind === 'request')
      .map((m) => (m.message as { request: string }).request);
    expect(requests).toEqual(
      expect.arrayContaining(['voice.answer', 'interaction.setUserData', 'interaction.markdone']),
    );
    expect(text).not.toContain('"Sale"'); // user data masked
    expect(recorded).toEqual(expect.arrayContaining(['ADDED:RINGING', 'REMOVED:RELEASED']));
  });

  it('in a unit test: createTestWorkspace({ replay }) — same events, zero divergences', async () => {
    expect(session, 'the recording test ran').toBeDefined();
    const t = createTestWorkspace({ replay: session.text });
    const log: string[] = [];
    callFlow(t.client, (line) => log.push(line));
    await t.settled();
    await t.runToEnd();
    expect(log).toEqual(session.recorded);
    expect(t.divergences).toEqual([]);
    t.dispose();

    // A changed app (another user-data key): strict, the divergence named and positioned.
    const changed = createTestWorkspace({ replay: session.text });
    callFlow(changed.client, () => {}, 'Outcome');
    const index = session.recording.messages.findIndex(
      (m) => (m.message as { request?: string }).request === 'interaction.setUserData',
    );
    await expect(changed.runToEnd()).rejects.toThrow(
      new RegExp(
        `messages\\[${index}\\] \\(t=\\d+ ms\\): interaction\\.setUserData sent with parameters .*Outcome`,
      ),
    );
    changed.dispose();
  });

  it('on the simulated desktop: wwe-workspace --replay, step by step, zero divergences', async () => {
    expect(session, 'the recording test ran').toBeDefined();
    const port = await freePort();
    const workspaceOrigin = `http://localhost:${port}`;
    const workspace = await startWorkspace({
      apps: [
        {
          url: `${served.client}/flow-app.html?host=${encodeURIComponent(workspaceOrigin)}`,
          label: 'App',
        },
      ],
      replay: session.recording,
      port,
      strictPort: true,
      watch: false,
      logger: { info() {}, warn() {}, error() {} },
    });
    const page = await browser.newPage();
    try {
      await page.goto(workspace.url);
      await page.waitForFunction(() => document.body.dataset.ready === 'true');
      const app = await appFrame(page, served.client);
      const position = page.getByTestId('replay-position');
      await expect.poll(() => position.textContent()).toMatch(/^step 0 of \d+/);
      const steps = Number(/of (\d+)/.exec((await position.textContent())!)![1]);
      expect(steps).toBe(session.recorded.length);
      for (let i = 1; i <= steps; i++) {
        await page.getByTestId('replay-step').click();
        await expect.poll(() => events(app)).toEqual(session.recorded.slice(0, i));
      }
      await page.getByTestId('replay-finish').click();
      await expect
        .poll(() => page.getByTestId('replay-divergences').textContent())
        .toBe('no divergence');
    } finally {
      await page.close();
      await workspace.close();
    }
  });
});
