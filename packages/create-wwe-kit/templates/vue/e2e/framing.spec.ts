import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { frameAncestors, parseOrigins } from '../src/workspace-origins.ts';

// The one list of the Workspace origins the app trusts (src/workspace-origins.ts):
// VITE_WORKSPACE_ORIGINS, default http://localhost:5170.
const SERVERS = [
  { name: 'the dev server (npm run dev:app)', url: 'http://localhost:5173/' },
  { name: 'the production build (npm run preview)', url: 'http://localhost:4173/' },
];

for (const server of SERVERS)
  test(`${server.name}: only the Workspace origins the app trusts may frame it (clickjacking)`, async ({
    page,
    request,
  }) => {
    const response = await request.get(server.url);
    expect(response.headers()['content-security-policy']).toBe(
      frameAncestors(parseOrigins(process.env.VITE_WORKSPACE_ORIGINS)),
    );

    // A page of another site that frames the app: Chromium refuses to show the app in it.
    const other = http.createServer((_req, res) =>
      res
        .writeHead(200, { 'Content-Type': 'text/html' })
        .end(`<iframe src="${server.url}"></iframe>`),
    );
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    try {
      const refused = page.waitForEvent('console', (m) => /frame-ancestors/.test(m.text()));
      await page.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`);
      await refused;
      await expect.poll(() => page.frames()[1]?.url()).toBe('chrome-error://chromewebdata/');
    } finally {
      other.close();
    }
  });
