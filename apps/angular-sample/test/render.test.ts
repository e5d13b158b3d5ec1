// Renders the sample as `ng build` produced it (against the built @wwe-kit/angular: turbo runs
// this app's `build` before its `test`) in Debian's Chromium: the production build holds no
// simulator code and, opened directly, says it is not shown by Workspace; the development build
// (`ng build -c development`, made here) drives the main flows against the in-page simulated
// Workspace.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium, serveOrigins, type ServedOrigins } from '@wwe-kit/browser-harness';
import {
  SIMULATOR_MARKERS,
  assertNoSimulatorIn,
  filesOf,
  simulatorCode,
} from '../../../scripts/simulator-markers';

const APP = fileURLToPath(new URL('..', import.meta.url));
const DIST = path.join(APP, 'dist');
const root = path.join(DIST, 'browser/');

let browser: Browser;
let served: ServedOrigins;
let devOut: string;
let devServed: ServedOrigins;

/** `ng build -c development` into `outDir` (the simulator included, as `ng serve` has it). */
function buildDevelopment(outDir: string): Promise<void> {
  const ng = path.join(APP, 'node_modules/.bin/ng');
  return new Promise((resolve, reject) => {
    const child = spawn(ng, ['build', '-c', 'development', '--output-path', outDir], {
      cwd: APP,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NG_CLI_ANALYTICS: 'false' },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => (output += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`ng build -c development failed:\n${output}`)),
    );
  });
}

beforeAll(async () => {
  if (!existsSync(`${root}index.html`))
    throw new Error('No build: run `pnpm --filter angular-sample build` first (turbo does it)');
  devOut = mkdtempSync(path.join(tmpdir(), 'angular-sample-dev-'));
  await buildDevelopment(devOut);
  [browser, served, devServed] = await Promise.all([
    launchChromium(),
    serveOrigins(root),
    serveOrigins(path.join(devOut, 'browser')),
  ]);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
  await devServed?.close();
  if (devOut) rmSync(devOut, { recursive: true, force: true });
});

test('the markers are the simulator’s own strings, in the development build only', () => {
  const code = simulatorCode(import.meta.url);
  const dev = filesOf(devOut)
    .map(([, text]) => text)
    .join('\n');
  for (const marker of SIMULATOR_MARKERS) {
    expect(code, marker).toContain(marker);
    expect(dev, marker).toContain(marker);
  }
});

test('the production build holds no simulator code', () => {
  assertNoSimulatorIn(DIST, 'pnpm --filter angular-sample build');
});

test('the production build opened directly: not shown by Workspace, no simulator', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${served.client}/`);
  await page.getByTestId('connection').waitFor();
  expect(await page.getByTestId('mode').textContent()).toBe('workspace');
  expect(await page.getByTestId('connection').getAttribute('data-status')).toBe('not-embedded');
  expect(await page.getByRole('alert').count()).toBe(1);
  expect(await page.getByTestId('connection-hint').textContent()).toContain(
    'npx @wwe-kit/workspace',
  );
  expect(await page.getByRole('button', { name: 'Simulate inbound call' }).count()).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
});

test('the development build renders and its main flows work against the simulator', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${devServed.client}/`);
  const text = (id: string) => page.getByTestId(id).textContent();
  const until = (id: string, check: (text: string) => boolean) =>
    expect.poll(async () => check((await text(id)) ?? ''), { timeout: 10_000 }).toBe(true);

  await page.getByTestId('mode').waitFor();
  expect(await text('mode')).toBe('standalone');
  await expect
    .poll(() => page.getByTestId('connection').getAttribute('data-status'))
    .toBe('connected');
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
