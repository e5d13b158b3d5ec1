// The built site (.vitepress/dist, `pnpm build` first: turbo runs it before `test`) in Debian's
// Chromium, audited with axe-core (WCAG 2.1 A/AA): the home page, a guide and an API page, in the
// light and the dark theme.
import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations, launchChromium } from '@wwe-kit/browser-harness';

const DIST = fileURLToPath(new URL('../.vitepress/dist/', import.meta.url));
const BASE = '/wwe-kit/';
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** The file of a URL as GitHub Pages serves the site (base path, clean URLs, folder index). */
function fileOf(url: string): string | undefined {
  const pathname = decodeURIComponent(new URL(url, 'http://x').pathname);
  if (!pathname.startsWith(BASE)) return undefined;
  const file = path.join(DIST, pathname.slice(BASE.length));
  if (!file.startsWith(DIST)) return undefined;
  for (const candidate of [file, `${file}.html`, path.join(file, 'index.html')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return undefined;
}

let server: http.Server;
let origin: string;
let browser: Browser;
beforeAll(async () => {
  if (!existsSync(path.join(DIST, 'index.html')))
    throw new Error(`The site is not built (${DIST}): run "pnpm --filter docs build"`);
  server = http.createServer((req, res) => {
    const file = fileOf(req.url ?? '/');
    if (!file) return void res.writeHead(404).end('Not found');
    res
      .writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

/**
 * Findings in VitePress's default theme that no CSS of ours can fix, each with its reason: listed
 * (printed), not failed. Anything else fails the test.
 */
const THIRD_PARTY: { rule: string; target: RegExp; reason: string }[] = [
  {
    rule: 'label-content-name-mismatch',
    target: /^\["\.DocSearch"\]$/,
    reason:
      'VitePress\'s search button is named "Search" while its visible text reads "Search K" (the Ctrl/⌘ key is drawn by CSS)',
  },
  {
    rule: 'nested-interactive',
    target: /\.item\[role=\\"button\\"\]/,
    reason:
      "VitePress's collapsible sidebar groups (the API reference): the group's toggle (role=button) holds the group's link",
  },
];

/** Splits axe's findings into ours (must be none) and the known third-party ones. */
function sort(violations: string[]): { ours: string[]; thirdParty: string[] } {
  const ours: string[] = [];
  const thirdParty: string[] = [];
  for (const v of violations) {
    const [, rule = '', targets = ''] = /^\S+ ([\w-]+): (.*)$/.exec(v) ?? [];
    const known = THIRD_PARTY.find((k) => k.rule === rule && k.target.test(targets));
    if (known) thirdParty.push(`${rule}: ${known.reason}`);
    else ours.push(v);
  }
  return { ours, thirdParty };
}

const PAGES = ['', 'guide/react', 'reference/api/@wwe-kit/core/functions/createWorkspaceClient'];

test.each(['light', 'dark'] as const)(
  'axe-core, WCAG 2.1 A/AA: no violation on the home page, a guide and an API page (%s)',
  async (scheme) => {
    const context = await browser.newContext({ colorScheme: scheme });
    try {
      const results: Record<string, string[]> = {};
      for (const page of PAGES) {
        const tab = await context.newPage();
        const response = await tab.goto(`${origin}${BASE}${page}`);
        expect(response?.status(), page).toBe(200);
        await tab.waitForLoadState('networkidle');
        const { ours, thirdParty } = sort(await axeViolations(tab));
        results[page || 'home'] = ours;
        for (const t of thirdParty)
          console.log(`[axe] docs ${page || 'home'} (${scheme}), third-party: ${t}`);
        await tab.close();
      }
      for (const [page, v] of Object.entries(results))
        console.log(`[axe] docs ${page} (${scheme}): ${v.length} violations`);
      expect(results).toEqual(Object.fromEntries(PAGES.map((p) => [p || 'home', []])));
    } finally {
      await context.close();
    }
  },
);
