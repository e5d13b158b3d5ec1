#!/usr/bin/env node
/**
 * Screenshots of the simulated desktop (`@wwe-kit/workspace`) in a busy state — a recorded call
 * answered, a chat, an email, a second call ringing, an outbound preview record and a toast —
 * at 1440×900 and 1024×768, into apps/docs/public/screenshots/ (the docs' simulated-workspace page
 * shows them). Uses the built packages (`pnpm build` first) and Chromium (`CHROMIUM_PATH`, default
 * /usr/bin/chromium).
 *
 * Usage: node scripts/desktop-screenshots.mjs
 */
import { mkdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startWorkspace } from '../packages/workspace/dist/index.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUT = `${ROOT}apps/docs/public/screenshots/`;
const CORE = readFileSync(`${ROOT}packages/core/dist/wwe-kit.global.js`, 'utf8');

// An embedded app on another site (127.0.0.1): it shows the signed-in agent and follows the calls.
let workspaceOrigin = '';
const app = http.createServer((req, res) => {
  if (req.url === '/core.js')
    return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(CORE);
  res.writeHead(200, { 'Content-Type': 'text/html' }).end(`<!doctype html>
<html lang="en"><title>CRM</title>
<body style="font: 16px system-ui; margin: 0; background: #f7fbff">
<main style="padding: 16px"><h1>My CRM app</h1><p id="agent">Connecting…</p><ul id="calls"></ul></main>
<script src="/core.js"></script>
<script>
  const client = WweKit.createWorkspaceClient({ hostOrigin: ${JSON.stringify(workspaceOrigin)} });
  client.agent.get().then((a) => (agent.textContent = 'Agent: ' + a.firstname + ' ' + a.lastname + ' (' + a.username + ')'));
  client.on('interaction', (e) => {
    if (!e.interaction) return;
    const li = document.createElement('li');
    li.textContent = e.eventType + ' ' + (e.interaction.ani ?? e.interaction.interactionId);
    calls.append(li);
  });
</script></body></html>`);
});
await new Promise((resolve) => app.listen(0, '127.0.0.1', resolve));
const appOrigin = `http://127.0.0.1:${app.address().port}`;

const workspace = await startWorkspace({
  apps: [
    { url: `${appOrigin}/`, label: 'CRM' },
    { url: `${appOrigin}/notes`, label: 'Notes' },
  ],
  port: 0,
  watch: false,
  logger: { info() {}, warn() {}, error() {} },
  seed: {
    campaigns: [
      { name: 'Renewals', mode: 'PREVIEW', records: [{ handle: 1, phone: '5551000', fields: {} }] },
    ],
  },
});
workspaceOrigin = workspace.url.replace(/\/$/, '');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
mkdirSync(OUT, { recursive: true });
try {
  for (const [width, height] of [
    [1440, 900],
    [1024, 768],
  ]) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(workspace.url);
    await page.waitForSelector('body[data-ready="true"]');
    const frame = page.frameLocator('iframe[title="CRM"]');
    await frame.getByText(/^Agent: /).waitFor();
    const wwe = (fn, arg) => page.evaluate(fn, arg);
    const callId = await wwe(() => window.wwe.workspace.simulateInboundCall({ ani: '5551234' }));
    await page.getByRole('button', { name: 'Answer' }).first().click();
    await wwe((id) => window.wwe.workspace.handleRequest('voice.startCallRecording', [id]), callId);
    await wwe(() =>
      window.wwe.workspace.simulateInboundChat({ from: 'Ada Lovelace', message: 'Hello!' }),
    );
    await wwe(() =>
      window.wwe.workspace.simulateInboundEmail({ from: 'grace@example.com', subject: 'Invoice' }),
    );
    await wwe(() => window.wwe.workspace.simulateInboundCall({ ani: '+1 555 0199' }));
    await wwe(() =>
      window.wwe.workspace.handleRequest('system.popupToast', [
        { title: 'Callback due', message: 'Ada asked for a callback', buttons: ['Call now'] },
      ]),
    );
    await page.getByText('Callback due').first().waitFor();
    await frame.getByText('ADDED +1 555 0199').waitFor();
    const file = `${OUT}desktop-busy-${width}x${height}.png`;
    await page.screenshot({ path: file });
    console.log(`wrote ${file.slice(ROOT.length)}`);
    await page.close();
  }
} finally {
  await browser.close();
  await workspace.close();
  app.close();
}
