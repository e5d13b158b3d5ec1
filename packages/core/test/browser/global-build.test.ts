/**
 * Real-browser test of the drop-in script build (`wwe-kit.global.js`): the bundle is built
 * with tsdown in `beforeAll` (so no prior build is needed), loaded by a classic script tag
 * carrying `data-host-origin` in a cross-site iframe, and driven only through the official
 * `genesys.wwe.service` API, as an existing integration would.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'tsdown';
import { globalBuild } from '../../tsdown.config';
import type { Browser, Frame } from 'playwright-core';
import {
  launchChromium,
  serveOrigins,
  type ServedOrigins,
} from '../../../browser-harness/src/index';
import { expectOfficialGetState, received } from './official-message';

let browser: Browser;
let served: ServedOrigins;
let outDir: string;
let bundle: string;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'wwe-kit-global-'));
  const launching = launchChromium();
  await build({ ...globalBuild, config: false, outDir, logLevel: 'silent' });
  const file = readdirSync(outDir).find((f) => /^wwe-kit\.global.*\.js$/.test(f));
  if (!file) throw new Error(`no global bundle in ${outDir}: ${readdirSync(outDir).join(', ')}`);
  bundle = `/${file}`;
  // The built bundle is served as-is (Vite's public dir), next to the fixture pages.
  [browser, served] = await Promise.all([
    launching,
    serveOrigins(fileURLToPath(new URL('./pages', import.meta.url)), { publicDir: outDir }),
  ]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

test('the global build installs genesys.wwe.service from data-host-origin and speaks the official protocol', async () => {
  const page = await browser.newPage();
  try {
    await page.goto(`${served.host}/host.html`);
    await page.waitForFunction(() => (window as any).host);
    const src = `${served.client}/global-client.html?host=${encodeURIComponent(served.host)}&src=${encodeURIComponent(bundle)}`;
    await page.evaluate((s) => (window as any).host.embed('client', s), src);
    const client: Frame = page.frame({ name: 'client' })!;
    await client.waitForFunction(() => (window as any).globalLoaded);
    expect(await client.evaluate(() => (window as any).globalLoaded)).toBe(true);

    // The bundle exposes the library as `window.WweKit` and installed the legacy service.
    expect(
      await client.evaluate(() => ({
        createWorkspaceClient: typeof (window as any).WweKit?.createWorkspaceClient,
        service: typeof (window as any).genesys?.wwe?.service,
        getState: typeof (window as any).genesys?.wwe?.service?.agent?.getState,
        dial: typeof (window as any).genesys?.wwe?.service?.voice?.dial,
      })),
    ).toEqual({
      createWorkspaceClient: 'function',
      service: 'object',
      getState: 'function',
      dial: 'function',
    });

    // agent.getState(done, fail), official callback style.
    const state = await client.evaluate(
      () =>
        new Promise((resolve) => {
          const g = (window as any).genesys;
          g.wwe.service.agent.getState(
            (r: unknown) => resolve({ done: r }),
            (e: unknown) => resolve({ fail: e }),
          );
        }),
    );
    // As the official client: the whole reply, less its referenceId; the value is in `data`.
    expect(state).toMatchObject({ done: { data: { operationName: 'Ready' } } });
    expect((state as any).done.userAgent).toContain('WWE');
    expect('referenceId' in (state as any).done).toBe(false);
    const [getState] = await received(page);
    expectOfficialGetState(getState, served.client);
    expect(getState.data).not.toHaveProperty('parameters');

    // Two subscribers of the same topic: both receive the event (the official script kept one).
    await client.evaluate(() => {
      const w = window as any;
      w.seen = [];
      const ctx = { name: 'ctx' };
      w.genesys.wwe.service.subscribe(
        ['agent'],
        function (this: any, m: any) {
          w.seen.push({ handler: 1, ctx: this?.name, message: m });
        },
        ctx,
      );
      w.genesys.wwe.service.subscribe(
        ['agent'],
        function (this: any, m: any) {
          w.seen.push({ handler: 2, ctx: this?.name, message: m });
        },
        ctx,
      );
    });
    await expect
      .poll(async () => (await received(page)).some((m) => m.data?.event === 'subscribe'))
      .toBe(true);
    const subscribes = (await received(page)).filter((m) => m.data?.event === 'subscribe');
    for (const m of subscribes)
      expect(m.data).toMatchObject({ userAgent: 'WWE Client', protocolVersion: 2 });
    // Wait until the client has taken the host's subscription confirmation(s).
    await expect
      .poll(() => client.evaluate(() => (window as any).genesys.wwe.service.client.stats().pending))
      .toBe(0);
    await page.evaluate(
      (origin) =>
        (window as any).host.push('client', origin, 'agent', { eventType: 'StateChanged' }),
      served.client,
    );
    await expect.poll(() => client.evaluate(() => (window as any).seen.length)).toBe(2);
    expect(await client.evaluate(() => (window as any).seen)).toEqual([
      { handler: 1, ctx: 'ctx', message: { event: 'agent', data: { eventType: 'StateChanged' } } },
      { handler: 2, ctx: 'ctx', message: { event: 'agent', data: { eventType: 'StateChanged' } } },
    ]);

    // voice.dial('5001', done, fail): parameters null-padded exactly as the official client.
    const dialed = await client.evaluate(
      () =>
        new Promise((resolve) => {
          (window as any).genesys.wwe.service.voice.dial(
            '5001',
            (r: unknown) => resolve({ done: r }),
            (e: unknown) => resolve({ fail: e }),
          );
        }),
    );
    expect(dialed).toEqual({ done: { data: null, userAgent: 'WWE Server', protocolVersion: 2 } });
    const dial = (await received(page)).find((m) => m.data?.request === 'voice.dial');
    expect(dial.origin).toBe(served.client);
    expect(dial.data).toEqual({
      request: 'voice.dial',
      parameters: ['5001', null],
      referenceId: expect.any(String),
      userAgent: 'WWE Client',
      protocolVersion: 2,
    });
  } finally {
    await page.close();
  }
});

test('without data-host-origin, WweKit.installLegacyService({ hostOrigin }) installs genesys.wwe.service by code', async () => {
  const page = await browser.newPage();
  try {
    await page.goto(`${served.host}/host.html`);
    await page.waitForFunction(() => (window as any).host);
    const src = `${served.client}/global-client.html?host=${encodeURIComponent(served.host)}&src=${encodeURIComponent(bundle)}&noorigin`;
    await page.evaluate((s) => (window as any).host.embed('client', s), src);
    const client: Frame = page.frame({ name: 'client' })!;
    await client.waitForFunction(() => (window as any).globalLoaded);
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));

    // Reached for before it is installed: undefined, and the error names both ways.
    expect(await client.evaluate(() => typeof (window as any).genesys.wwe.service)).toBe(
      'undefined',
    );
    await expect.poll(() => errors.length).toBe(1);
    expect(errors[0]).toContain('data-host-origin');
    expect(errors[0]).toContain('WweKit.installLegacyService({ hostOrigin');

    // Installed by code, as the README says.
    const installed = await client.evaluate((host) => {
      const w = window as any;
      const service = w.WweKit.installLegacyService({ hostOrigin: host });
      return w.genesys.wwe.service === service;
    }, served.host);
    expect(installed).toBe(true);
    const agent = await client.evaluate(
      () =>
        new Promise((resolve) => {
          (window as any).genesys.wwe.service.agent.get(
            (r: unknown) => resolve({ done: r }),
            (e: unknown) => resolve({ fail: e }),
          );
        }),
    );
    expect(agent).toEqual({ done: { data: null, userAgent: 'WWE Server', protocolVersion: 2 } });
    const get = (await received(page)).find((m) => m.data?.request === 'agent.get');
    expect(get.origin).toBe(served.client);
  } finally {
    await page.close();
  }
});
