// One Chromium and the servers of one test file: the Workspace page (@wwe-kit/workspace) on
// http://localhost:P1, one per config, and the sample under test, built, on http://127.0.0.1:P2
// (another site, so another renderer process, as Workspace and an embedded app). The same code as
// `pnpm dev` starts them (scripts/servers.mjs).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { expect, onTestFinished } from 'vitest';
import { launchChromium } from '@wwe-kit/browser-harness';
import { startSample, startWorkspacePage, type SampleName } from '../scripts/servers.mjs';

const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const configFile = (name: string) =>
  fileURLToPath(new URL(`./configs/${name}.ini`, import.meta.url));

/** What a test drives: the host page, and the app (a frame in it, or a popup page). */
export type Scope = Page | FrameLocator;

export interface E2E {
  browser: Browser;
  /** The app's origin, e.g. http://127.0.0.1:41234 */
  appOrigin: string;
  /** The origin of the Workspace page of the `tab` config, e.g. http://localhost:40321 */
  hostOrigin: string;
  /**
   * Opens the host page with `e2e/configs/<config>.ini` in a new browser context, closed when
   * the test ends; a failed test first saves screenshots of its pages to e2e/screenshots/.
   */
  open(config: 'tab' | 'modes'): Promise<{ page: Page; context: BrowserContext }>;
  /** Opens the host page with `e2e/configs/popup.ini`: the app is a popup window. */
  openWithPopup(): Promise<{ page: Page; popup: Page; context: BrowserContext }>;
  close(): Promise<void>;
}

/** Saves a screenshot of every page of a context to e2e/screenshots/. */
async function screenshots(context: BrowserContext, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const base = name.replace(/[^\w-]+/g, '_');
  await Promise.all(
    context
      .pages()
      .map((p, n) =>
        p
          .screenshot({ path: `${SCREENSHOTS}${base}${n ? `-${n}` : ''}.png`, fullPage: true })
          .catch(() => {}),
      ),
  );
}

/** Once the test is over: screenshots if it failed, then the context is closed. */
function closeAfterTest(context: BrowserContext, sample: string, errors: string[]): void {
  onTestFinished(async ({ task }) => {
    if (task.result?.state === 'fail') {
      await screenshots(context, `${sample}-${task.name}`);
      if (errors.length) console.error(errors.join('\n'));
    }
    await context.close();
  });
}

/** Starts the servers and the browser of one test file. */
export async function setup(sample: SampleName): Promise<E2E> {
  const app = await startSample(sample, { mode: 'built' });
  const browser = await launchChromium();
  // One Workspace page per config file (each serves its own config).
  const hosts = new Map<string, Awaited<ReturnType<typeof startWorkspacePage>>>();
  const hostFor = async (config: string) => {
    let host = hosts.get(config);
    if (!host) {
      host = await startWorkspacePage({ origins: { app: app.origin }, config: configFile(config) });
      hosts.set(config, host);
    }
    return host;
  };
  const first = await hostFor('tab');
  return {
    browser,
    appOrigin: app.origin,
    hostOrigin: first.origin,
    async open(config) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
      context.setDefaultTimeout(10_000);
      const errors: string[] = [];
      context.on('page', (p) => p.on('pageerror', (e) => errors.push(`${p.url()}: ${String(e)}`)));
      closeAfterTest(context, sample, errors);
      const page = await context.newPage();
      await page.goto((await hostFor(config)).url);
      return { page, context };
    },
    async openWithPopup() {
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
      context.setDefaultTimeout(10_000);
      closeAfterTest(context, sample, []);
      const page = await context.newPage();
      // The page opens the popup view at once if the browser lets it, else on a click.
      const opened = page.waitForEvent('popup', { timeout: 5000 }).catch(async () => {
        const [p] = await Promise.all([
          page.waitForEvent('popup'),
          page.getByRole('button', { name: 'Open App' }).click(),
        ]);
        return p;
      });
      await page.goto((await hostFor('popup')).url);
      return { page, popup: await opened, context };
    },
    async close() {
      await browser?.close();
      await Promise.allSettled([...[...hosts.values()].map((h) => h.close()), app.close()]);
    },
  };
}

/** The app shown as the tab `App` of the host page. */
export const appFrame = (page: Page): FrameLocator => page.frameLocator('iframe[title="App"]');

/** Waits for a locator's text to match (Playwright's auto-retrying expect is not vitest's). */
export async function expectText(
  locator: { textContent(): Promise<string | null> },
  pattern: RegExp | string,
  timeout = 10_000,
): Promise<void> {
  await expect
    .poll(async () => (await locator.textContent().catch(() => null)) ?? '', { timeout })
    .toMatch(pattern);
}
