/**
 * The test pages of the browser tests (`pages/`), served on three sites by one Vite server, and
 * Debian's Chromium: `localhost` is the host page (Workspace's stand-in), `127.0.0.1` the
 * embedded client, `127.0.0.2` a foreign site. Call `useTestPages()` at the top of a test file.
 */
import { afterAll, beforeAll } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Browser, Frame, Page } from 'playwright-core';
import {
  launchChromium,
  serveOrigins,
  type ServedOrigins,
} from '../../../browser-harness/src/index';

export function useTestPages() {
  let browser: Browser;
  let served: ServedOrigins;
  beforeAll(async () => {
    [browser, served] = await Promise.all([
      launchChromium(),
      serveOrigins(fileURLToPath(new URL('./pages', import.meta.url))),
    ]);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  /** A fresh host page. */
  async function host(): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(`${served.host}/host.html`);
    await page.waitForFunction(() => (window as any).host);
    return page;
  }
  /** Embeds `src` in the host page as the frame `name`, once its page script has run. */
  async function embed(page: Page, name: string, src: string): Promise<Frame> {
    await page.evaluate(([n, s]) => (window as any).host.embed(n, s), [name, src] as const);
    const frame = page.frame({ name });
    if (!frame) throw new Error(`no frame ${name}`);
    await frame.waitForFunction(() => (window as any).client || (window as any).forge);
    return frame;
  }
  /** A fresh host page with the frames `frames` (name → src) embedded. */
  async function openHost(
    frames: Record<string, string>,
  ): Promise<{ page: Page; frame(name: string): Frame }> {
    const page = await host();
    const embedded = new Map<string, Frame>();
    for (const [name, src] of Object.entries(frames))
      embedded.set(name, await embed(page, name, src));
    return { page, frame: (name) => embedded.get(name)! };
  }

  return {
    get browser() {
      return browser;
    },
    get served() {
      return served;
    },
    host,
    embed,
    openHost,
  };
}
