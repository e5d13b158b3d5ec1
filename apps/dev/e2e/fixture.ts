// One Chromium and the servers of one test file: the Workspace page (@wwe-kit/workspace) on
// http://localhost:5170, one config at a time, and the sample under test, built, on
// http://127.0.0.1:P2 (another site, so another renderer process, as Workspace and an embedded
// app). The same code as `pnpm dev` starts them (scripts/servers.mjs). The built samples accept
// only the Workspace origin they were built with, http://localhost:5170 by default: hence that
// fixed port.
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { expect, onTestFinished } from 'vitest';
import { launchChromium } from '@wwe-kit/browser-harness';
import {
  SAMPLE_HOST,
  checkPort,
  startSample,
  startWorkspacePage,
  type SampleName,
} from '../scripts/servers.mjs';

/** The Workspace page's port: its origin, http://localhost:5170, is the one the built samples accept. */
export const WORKSPACE_PORT = 5170;
const portTakenMessage = () =>
  `Port ${WORKSPACE_PORT} is in use: the e2e tests run the Workspace page on ` +
  `http://localhost:${WORKSPACE_PORT}, the only Workspace origin the built samples accept ` +
  `(VITE_WORKSPACE_ORIGINS / the Angular environment files). Stop what uses it (pnpm dev?) ` +
  `and run the tests again.`;

const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const configFile = (name: string) =>
  fileURLToPath(new URL(`./configs/${name}.ini`, import.meta.url));

/** What a test drives: the host page, and the app (a frame in it, or a popup page). */
export type Scope = Page | FrameLocator;

export interface E2E {
  browser: Browser;
  /** The app's origin, e.g. http://127.0.0.1:41234 */
  appOrigin: string;
  /** The origin of the Workspace page: http://localhost:5170 */
  hostOrigin: string;
  /**
   * Opens the host page with `e2e/configs/<config>.ini` in a new browser context, closed when
   * the test ends; a failed test first saves screenshots of its pages to e2e/screenshots/.
   */
  open(config: 'tab' | 'modes'): Promise<{ page: Page; context: BrowserContext }>;
  /** Opens the host page with `e2e/configs/popup.ini`: the app is a popup window. */
  openWithPopup(): Promise<{ page: Page; popup: Page; context: BrowserContext }>;
  /**
   * Opens a plain page that is not Workspace (http://localhost:<another port>) framing the app
   * as `iframe[title="App"]`; `received()` gives the messages the page received.
   */
  openNotWorkspace(): Promise<{ page: Page; origin: string; received(): Promise<unknown[]> }>;
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

/** A plain page (not Workspace) that frames `appOrigin` and records the messages it receives. */
function notWorkspacePage(appOrigin: string): Promise<Server> {
  const html = `<!doctype html>
<title>Not Workspace</title>
<script>
  window.received = [];
  addEventListener('message', (e) => window.received.push({ origin: e.origin, data: e.data }));
</script>
<iframe title="App" src="${appOrigin}/" style="width: 100%; height: 900px"></iframe>`;
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, SAMPLE_HOST, () => resolve(server));
  });
}

/** Starts the servers and the browser of one test file. */
export async function setup(sample: SampleName): Promise<E2E> {
  try {
    await checkPort(WORKSPACE_PORT, SAMPLE_HOST);
  } catch (e) {
    throw (e as { code?: string }).code === 'EADDRINUSE' ? new Error(portTakenMessage()) : e;
  }
  const app = await startSample(sample, { mode: 'built' });
  const browser = await launchChromium();
  // One Workspace page at a time, on port 5170: opening another config's page closes the
  // previous one first.
  let host: { config: string; page: Awaited<ReturnType<typeof startWorkspacePage>> } | undefined;
  const hostFor = async (config: string) => {
    if (host?.config === config) return host.page;
    await host?.page.close();
    host = undefined;
    try {
      const page = await startWorkspacePage({
        port: WORKSPACE_PORT,
        origins: { app: app.origin },
        config: configFile(config),
      });
      host = { config, page };
      return page;
    } catch (e) {
      throw (e as Error).name === 'PortInUseError' ? new Error(portTakenMessage()) : e;
    }
  };
  let plain: Server | undefined;
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
    async openNotWorkspace() {
      plain ??= await notWorkspacePage(app.origin);
      const origin = `http://localhost:${(plain.address() as AddressInfo).port}`;
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
      context.setDefaultTimeout(10_000);
      closeAfterTest(context, sample, []);
      const page = await context.newPage();
      await page.goto(`${origin}/`);
      const received = () =>
        page.evaluate(() => (window as unknown as { received: unknown[] }).received);
      return { page, origin, received };
    },
    async close() {
      await browser?.close();
      const closePlain = new Promise<void>((resolve) => {
        if (!plain) return resolve();
        plain.closeAllConnections();
        plain.close(() => resolve());
      });
      await Promise.allSettled([host?.page.close(), app.close(), closePlain]);
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
