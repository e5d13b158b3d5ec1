import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { RunningWorkspace } from '../src/node/start-workspace';

/**
 * The simulated desktop of `ws` in a new browser context, once its page says it is ready; `closers`
 * gets what the test must close (the workspace, then the context).
 */
export async function openDesktop(
  browser: Browser,
  ws: RunningWorkspace,
  closers: (() => Promise<unknown>)[],
  context: BrowserContextOptions = {},
): Promise<Page> {
  closers.push(() => ws.close());
  const ctx = await browser.newContext(context);
  closers.push(() => ctx.close());
  const page = await ctx.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(ws.url);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}
