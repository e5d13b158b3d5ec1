// Renders the built sample (dist/browser) in Debian's Chromium and drives its main flows against
// the in-page simulated Workspace. Run after `pnpm --filter angular-sample build`.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../dist/browser/', import.meta.url));
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer(async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const file = join(root, path === '/' ? 'index.html' : path);
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const { port } = server.address();

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${port}/`);
  const text = (id) => page.getByTestId(id).textContent();

  await page.getByTestId('mode').waitFor();
  assert.equal(await text('mode'), 'standalone');
  await page.waitForFunction(
    () => !document.querySelector('[data-testid="agent-state"]')?.textContent?.includes('loading'),
  );

  // agent state picker
  await page.getByLabel('Agent state').selectOption('NotReadyBreak');
  await page.waitForFunction(() =>
    /break/i.test(document.querySelector('[data-testid="agent-state"]')?.textContent ?? ''),
  );

  // inbound call, call and recording controls
  await page.getByRole('button', { name: 'Simulate inbound call' }).click();
  await page.getByTestId('details').waitFor();
  assert.equal(await text('state'), 'RINGING');
  await page.getByRole('button', { name: 'Answer' }).click();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="state"]')?.textContent === 'TALKING',
  );
  await page.getByRole('button', { name: 'Start recording' }).click();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="recording"]')?.textContent === 'RECORDING',
  );

  // attached data: a forbidden key shows the typed error
  await page.getByLabel('Key').fill('Secret');
  await page.getByLabel('Value').fill('x');
  await page.getByRole('button', { name: 'Set' }).click();
  await page.getByTestId('data-error').waitFor();
  assert.match(await text('data-error'), /HOST_ERROR/);

  // toast with buttons, and the event log
  await page.getByRole('button', { name: 'Show toast' }).click();
  await page.getByRole('button', { name: 'Accept' }).click();
  await page.waitForFunction(() =>
    /button 0 clicked/.test(document.querySelector('[data-testid="log"]')?.textContent ?? ''),
  );

  assert.deepEqual(errors, []);
  console.log('angular-sample renders and its main flows work');
} finally {
  await browser.close();
  server.close();
}
