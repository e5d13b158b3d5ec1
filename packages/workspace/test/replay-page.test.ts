// `wwe-workspace --replay`: a session recorded on the simulated desktop (Export JSON), replayed to
// the same app (zero divergences, the same UI at each step) and to a changed one (the divergence
// named and positioned in the inspector). The prebuilt page (dist/page, `pnpm build` first) in
// Debian's Chromium, the app on another site (127.0.0.1) using @wwe-kit/core's <script> build.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { validateRecording } from '@wwe-kit/core/recording';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { freePort, launchChromium } from '@wwe-kit/browser-harness';
import { startWorkspace, type RunningWorkspace } from '../src/node/start-workspace';
import { openDesktop } from './desktop-page';
import { ReplayFileError } from '../src/node/replay-file';

const GLOBAL = fileURLToPath(new URL('../../core/dist/wwe-kit.global.js', import.meta.url));
const quiet = { info() {}, warn() {}, error() {} };

/** Answers a ringing call, writes the disposition once talking, marks done once released. */
const appHtml = (
  hostOrigin: string,
  key: string,
) => `<!doctype html><meta charset="utf-8"><title>app</title>
<script src="/wwe-kit.global.js"></script>
<ul id="events"></ul>
<script>
  const client = WweKit.createWorkspaceClient({ hostOrigin: ${JSON.stringify(hostOrigin)} });
  client.on('interaction', (e) => {
    const id = e.interaction.interactionId;
    const li = document.createElement('li');
    li.textContent = e.eventType + ':' + e.interaction.state;
    events.append(li);
    if (e.eventType === 'ADDED' && e.interaction.state === 'RINGING') client.voice.answer(id);
    if (e.eventType === 'ESTABLISHED') client.interaction.setUserData(id, { ${key}: 'Sale' });
    if (e.eventType === 'RELEASED') client.interaction.markdone(id);
  });
</script>`;

/** What the current page needs closed (its workspace and browser context); `apps`: the apps. */
const closers: (() => Promise<unknown>)[] = [];
const apps: (() => Promise<unknown>)[] = [];
const closePage = () => Promise.all(closers.splice(0).map((c) => c()));
const close = (server: http.Server) => () =>
  new Promise((resolve) => {
    server.close(resolve);
    server.closeAllConnections();
  });
async function listen(server: http.Server, port = 0): Promise<number> {
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}
/** The app at `/` and the changed app (another user-data key) at `/changed`. */
async function startApp(hostOrigin: string): Promise<string> {
  const global = readFileSync(GLOBAL, 'utf8');
  const server = http.createServer((req, res) => {
    if (req.url === '/wwe-kit.global.js')
      return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(global);
    const key = req.url?.startsWith('/changed') ? 'Outcome' : 'Disposition';
    res.writeHead(200, { 'Content-Type': 'text/html' }).end(appHtml(hostOrigin, key));
  });
  apps.push(close(server));
  return `http://127.0.0.1:${await listen(server)}`;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());
afterEach(async () => {
  await closePage();
  await Promise.all(apps.splice(0).map((c) => c()));
});

async function open(ws: RunningWorkspace): Promise<Page> {
  return openDesktop(browser, ws, closers, { acceptDownloads: true });
}
const events = (page: Page) =>
  page.frameLocator('iframe[title="App"]').locator('#events li').allTextContents();

test('a desktop session exported, then replayed: same UI at each step, then a changed app diverges', async () => {
  const port = await freePort();
  const app = await startApp(`http://localhost:${port}`);
  const dir = mkdtempSync(path.join(tmpdir(), 'wwe-replay-'));

  // 1. Record on the simulated desktop.
  let page = await open(
    await startWorkspace({
      apps: [{ url: `${app}/`, label: 'App' }],
      port,
      strictPort: true,
      logger: quiet,
    }),
  );
  await page.waitForFunction(
    () =>
      (window as unknown as { wwe: { host: { frames(): unknown[] } } }).wwe.host.frames().length,
  );
  const id = await page.evaluate(() =>
    (
      window as unknown as { wwe: { workspace: { simulateInboundCall(): string } } }
    ).wwe.workspace.simulateInboundCall(),
  );
  await expect.poll(() => events(page)).toContain('ESTABLISHED:TALKING');
  await page.evaluate(
    (id) =>
      (
        window as unknown as { wwe: { workspace: { customerHangUp(id: string): void } } }
      ).wwe.workspace.customerHangUp(id),
    id,
  );
  await expect.poll(() => events(page)).toContain('REMOVED:RELEASED');
  const recorded = await events(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-log').click(),
  ]);
  const file = path.join(dir, 'session.json');
  writeFileSync(file, readFileSync((await download.path())!, 'utf8'));
  const checked = validateRecording(readFileSync(file, 'utf8'));
  expect(checked).toMatchObject({ ok: true });
  await closePage();

  // 2. Replay to the same app, step by step: the same UI states at the same steps.
  page = await open(
    await startWorkspace({
      apps: [{ url: `${app}/`, label: 'App' }],
      port,
      strictPort: true,
      logger: quiet,
      replay: file,
    }),
  );
  const position = page.getByTestId('replay-position');
  await expect.poll(() => position.textContent()).toMatch(/^step 0 of \d+/);
  const steps = Number(/of (\d+)/.exec((await position.textContent())!)![1]);
  expect(steps).toBe(recorded.length);
  for (let i = 1; i <= steps; i++) {
    await page.getByTestId('replay-step').click();
    await expect.poll(() => events(page)).toEqual(recorded.slice(0, i));
    expect(await position.textContent()).toMatch(new RegExp(`^step ${i} of ${steps}`));
  }
  await page.getByTestId('replay-finish').click();
  expect(await page.getByTestId('replay-divergences').textContent()).toBe('no divergence');
  await closePage();

  // 3. The changed app: one different request, named and positioned in the inspector.
  page = await open(
    await startWorkspace({
      apps: [{ url: `${app}/changed`, label: 'App' }],
      port,
      strictPort: true,
      logger: quiet,
      replay: file,
    }),
  );
  const established = recorded.indexOf('ESTABLISHED:TALKING') + 1;
  for (let i = 1; i <= established; i++) {
    await page.getByTestId('replay-step').click();
    await expect.poll(() => events(page)).toEqual(recorded.slice(0, i));
  }
  await expect
    .poll(() => page.getByTestId('replay-divergences').textContent())
    .toBe('1 divergence');
  const index = (
    checked as { recording: { messages: { message: { request?: string } }[] } }
  ).recording.messages.findIndex((m) => m.message.request === 'interaction.setUserData');
  await expect
    .poll(() => page.getByTestId('inspector-notice').first().textContent())
    .toContain(`messages[${index}]`);
  expect(await page.getByTestId('inspector-notice').first().textContent()).toMatch(
    /interaction\.setUserData sent with parameters .*Outcome/,
  );
  await closePage();

  // 4. The changed app, tolerant (`--tolerant`): requests matched by name only, no divergence.
  page = await open(
    await startWorkspace({
      apps: [{ url: `${app}/changed`, label: 'App' }],
      port,
      strictPort: true,
      logger: quiet,
      replay: file,
      tolerant: true,
    }),
  );
  await expect
    .poll(() => page.getByTestId('replay').textContent())
    .toContain('matched by name only (tolerant)');
  await expect.poll(() => page.getByTestId('replay-position').textContent()).toMatch(/^step 0 of/);
  for (let i = 1; i <= steps; i++) {
    await page.getByTestId('replay-step').click();
    await expect.poll(() => events(page)).toEqual(recorded.slice(0, i));
  }
  await page.getByTestId('replay-finish').click();
  expect(await page.getByTestId('replay-divergences').textContent()).toBe('no divergence');
});

test('an invalid recording: nothing starts, the validator’s message', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wwe-replay-'));
  const file = path.join(dir, 'bad.json');
  writeFileSync(file, JSON.stringify({ format: 'wwe-kit-recording', version: 9 }));
  const port = await freePort();
  const started = startWorkspace({
    apps: [{ url: 'http://127.0.0.1:9/', label: 'App' }],
    port,
    strictPort: true,
    logger: quiet,
    replay: file,
  });
  await expect(started).rejects.toBeInstanceOf(ReplayFileError);
  await expect(started).rejects.toThrow(
    /\$\.version: this recording is in format version 9.*reads: 1/,
  );
  // Nothing listens.
  await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
});
