// Renders the sample as `ng build` produced it (against the built @wwe-kit/angular: turbo runs
// this app's `build` before its `test`) in Debian's Chromium, and drives its main flows against
// the in-page simulated Workspace.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium, serveOrigins, type ServedOrigins } from '@wwe-kit/browser-harness';

const root = fileURLToPath(new URL('../dist/browser/', import.meta.url));
let browser: Browser;
let served: ServedOrigins;

beforeAll(async () => {
  if (!existsSync(`${root}index.html`))
    throw new Error('No build: run `pnpm --filter angular-sample build` first (turbo does it)');
  [browser, served] = await Promise.all([launchChromium(), serveOrigins(root)]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

test('the built sample renders and its main flows work', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${served.client}/`);
  const text = (id: string) => page.getByTestId(id).textContent();
  const until = (id: string, check: (text: string) => boolean) =>
    expect.poll(async () => check((await text(id)) ?? ''), { timeout: 10_000 }).toBe(true);

  await page.getByTestId('mode').waitFor();
  expect(await text('mode')).toBe('standalone');
  await until('agent-state', (t) => !t.includes('loading'));

  // agent state picker
  await page.getByLabel('Agent state').selectOption('NotReadyBreak');
  await until('agent-state', (t) => /break/i.test(t));

  // inbound call, call and recording controls
  await page.getByRole('button', { name: 'Simulate inbound call' }).click();
  await page.getByTestId('details').waitFor();
  expect(await text('state')).toBe('RINGING');
  await page.getByRole('button', { name: 'Answer' }).click();
  await until('state', (t) => t === 'TALKING');
  await page.getByRole('button', { name: 'Start recording' }).click();
  await until('recording', (t) => t === 'RECORDING');

  // attached data: a forbidden key shows the typed error
  await page.getByLabel('Key').fill('Secret');
  await page.getByLabel('Value').fill('x');
  await page.getByRole('button', { name: 'Set' }).click();
  await page.getByTestId('data-error').waitFor();
  expect(await text('data-error')).toMatch(/HOST_ERROR/);

  // toast with buttons, and the event log
  await page.getByRole('button', { name: 'Show toast' }).click();
  await page.getByRole('button', { name: 'Accept' }).click();
  await until('log', (t) => /button 0 clicked/.test(t));

  expect(errors).toEqual([]);
  await page.close();
});
