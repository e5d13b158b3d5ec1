// The prebuilt page (dist/page, `pnpm build` first) served by startWorkspace, in Debian's Chromium,
// with a small app on another site (127.0.0.1) that talks to it through @wwe-kit/core's <script>
// build: seeds, field codes, tab visibility, live config reloads, unreachable views, log export.
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

const GLOBAL = fileURLToPath(new URL('../../core/dist/wwe-kit.global.js', import.meta.url));
const quiet = { info() {}, warn() {}, error() {} };

/** The app: shows `system.amIVisible` and the interaction events it receives. */
const appHtml = (hostOrigin: string) => `<!doctype html><meta charset="utf-8"><title>app</title>
<script src="/wwe-kit.global.js"></script>
<p id="visible">?</p><p id="agent">?</p><ul id="events"></ul>
<script>
  const client = WweKit.createWorkspaceClient({ hostOrigin: ${JSON.stringify(hostOrigin)} });
  client.agent.get().then((a) => (agent.textContent = a.username));
  const poll = () => client.system.amIVisible().then((v) => (visible.textContent = String(v)), () => {});
  poll();
  setInterval(poll, 200);
  client.on('interaction', (e) => {
    const li = document.createElement('li');
    li.textContent = e.eventType + ' ' + (e.interaction ? e.interaction.media : e.selectedCaseId);
    events.append(li);
  });
</script>`;

async function listen(server: http.Server, port = 0): Promise<number> {
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}
const closers: (() => Promise<unknown>)[] = [];
const close = (server: http.Server) => () =>
  new Promise((resolve) => {
    server.close(resolve);
    server.closeAllConnections();
  });

/** Serves the app on 127.0.0.1 (any free port, or `port`). */
async function startApp(hostOrigin: string, port = 0): Promise<string> {
  const global = readFileSync(GLOBAL, 'utf8');
  const server = http.createServer((req, res) => {
    if (req.url === '/wwe-kit.global.js')
      return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(global);
    res.writeHead(200, { 'Content-Type': 'text/html' }).end(appHtml(hostOrigin));
  });
  const p = await listen(server, port);
  closers.push(close(server));
  return `http://127.0.0.1:${p}`;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c()));
});

async function open(ws: RunningWorkspace): Promise<Page> {
  return openDesktop(browser, ws, closers, { acceptDownloads: true });
}
const text = (page: Page, selector: string) => page.locator(selector).first().textContent();

test('seeded agent and interactions, field codes, and amIVisible false for a tab behind another', async () => {
  const port = await freePort();
  const app = await startApp(`http://localhost:${port}`);
  const dir = mkdtempSync(path.join(tmpdir(), 'wwe-page-'));
  const ini = path.join(dir, 'workspace.ini');
  writeFileSync(
    ini,
    `workspace.web-content=First,Second
service-client-api.accepted-web-content-origins=${app}
[First]
label=First
url=${app}/first?user=$Agent.UserName$&id=$Agent.EmployeeId$&x=$Foo.Bar$
[Second]
label=Second
url=${app}/second
[wwe-kit]
agent.user-name=grace
agent.employee-id=77
seed=seed.json
`,
  );
  writeFileSync(
    path.join(dir, 'seed.json'),
    JSON.stringify({
      interactions: [{ type: 'chat', from: 'Ada', userData: { Segment: 'Gold' } }],
    }),
  );
  const page = await open(
    await startWorkspace({ config: ini, port, strictPort: true, logger: quiet }),
  );
  // The seeded chat is in the desktop.
  await expect.poll(() => text(page, '[data-testid^="host-interaction-"]')).toMatch(/chat/i);
  // Field codes substituted; the unknown one left as written and reported.
  const src = await page.locator('iframe[title="First"]').getAttribute('src');
  expect(src).toMatch(/user=grace&id=77&x=\$Foo\.Bar\$/);
  await expect.poll(() => text(page, '[data-testid="inspector-notice"]')).toMatch(/\$Foo\.Bar\$/);

  const first = page.frameLocator('iframe[title="First"]');
  const second = page.frameLocator('iframe[title="Second"]');
  await expect.poll(() => first.locator('#agent').textContent()).toBe('grace');
  await expect.poll(() => first.locator('#visible').textContent()).toBe('true');
  await expect.poll(() => second.locator('#visible').textContent()).toBe('false');
  await page.getByRole('tab', { name: 'Second' }).click();
  await expect.poll(() => second.locator('#visible').textContent()).toBe('true');
  await expect.poll(() => first.locator('#visible').textContent()).toBe('false');
});

test('a saved INI applies to the open page (options and views); a broken save keeps the last good config', async () => {
  const port = await freePort();
  const app = await startApp(`http://localhost:${port}`);
  const dir = mkdtempSync(path.join(tmpdir(), 'wwe-page-'));
  const ini = path.join(dir, 'workspace.ini');
  const write = (extra: string) =>
    writeFileSync(
      ini,
      `workspace.web-content=A${extra ? ',B' : ''}
service-client-api.accepted-web-content-origins=${app}
${extra}
[A]
label=View A
url=${app}/a
[B]
label=View B
url=${app}/b
`,
    );
  write('');
  const page = await open(
    await startWorkspace({ config: ini, port, strictPort: true, logger: quiet }),
  );
  await expect.poll(() => page.getByRole('tab').allTextContents()).toEqual(['View A']);
  write('service-client-api.rate-limit.voice.dial=3');
  await expect.poll(() => page.getByRole('tab').allTextContents()).toEqual(['View A', 'View B']);
  expect(await page.locator('body').getAttribute('data-config-version')).toBe('2');
  expect(
    await page.evaluate(() =>
      (
        window as unknown as { wwe: { host: { getOptions(): Record<string, string> } } }
      ).wwe.host.getOptions(),
    ),
  ).toMatchObject({ 'service-client-api.rate-limit.voice.dial': '3' });

  writeFileSync(ini, 'workspace.web-content=A\nnot an option\n');
  await expect
    .poll(() => text(page, '[data-testid="config-error"]'))
    .toMatch(/workspace\.ini:2: not an option line: not an option — the last good config stays/);
  expect(await page.getByRole('tab').allTextContents()).toEqual(['View A', 'View B']);
});

test('a view whose app does not answer says why, and loads the app once it answers', async () => {
  const port = await freePort();
  const appPort = await freePort();
  const url = `http://127.0.0.1:${appPort}/`;
  const page = await open(
    await startWorkspace({ apps: [{ url, label: 'Mine' }], port, strictPort: true, logger: quiet }),
  );
  const notice = page.locator('[data-testid^="unreachable-view-"]').first();
  await expect.poll(() => notice.textContent()).toMatch(new RegExp(`${url}.*ECONNREFUSED`));
  // The rest of the desktop works meanwhile.
  await page.getByRole('button', { name: 'Simulate inbound' }).click();
  await expect.poll(() => page.locator('[data-testid^="host-interaction-"]').count()).toBe(1);
  await startApp(`http://localhost:${port}`, appPort);
  await expect.poll(() => notice.isVisible(), { timeout: 10_000 }).toBe(false);
  const app = page.frameLocator('iframe[title="Mine"]');
  await expect.poll(() => app.locator('#agent').textContent(), { timeout: 10_000 }).not.toBe('?');
});

test('Export JSON downloads the message log, user data masked', async () => {
  const port = await freePort();
  const app = await startApp(`http://localhost:${port}`);
  const page = await open(
    await startWorkspace({
      apps: [{ url: `${app}/`, label: 'App' }],
      port,
      strictPort: true,
      logger: quiet,
    }),
  );
  const frame = page.frameLocator('iframe[title="App"]');
  await expect.poll(() => frame.locator('#agent').textContent()).not.toBe('?');
  await page.getByLabel('User data', { exact: true }).fill('Secret=hunter2');
  await page.getByRole('button', { name: 'Simulate inbound' }).click();
  await expect.poll(() => frame.locator('#events').textContent()).toMatch(/voice/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-log').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^wwe-messages-.*\.json$/);
  const body = readFileSync((await download.path())!, 'utf8');
  const parsed = JSON.parse(body) as { messages?: unknown[] };
  expect(JSON.stringify(parsed)).toMatch(/agent\.get/);
  expect(JSON.stringify(parsed)).toMatch(/Secret/);
  expect(body).not.toMatch(/hunter2/);
  // The recording format: the devtools panel's, replayable.
  expect(validateRecording(body)).toMatchObject({ ok: true });
});
