// @wwe-kit/devtools as users get it: a React app built for production (vite build) from the packed
// tarballs ships the devtools' loader in its main chunk and the panel in a chunk of its own, fetched
// only when asked for; inside `wwe-workspace`, the localStorage flag opens the panel.
import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath, freePort } from '@wwe-kit/browser-harness';
import { createProject, waitForLine, type Project } from '../lib/project';
import { serveBuild } from '../lib/static-app';

let project: Project;
let browser: Browser | undefined;
let server: Awaited<ReturnType<typeof serveBuild>> | undefined;
const children: ChildProcess[] = [];
let port: number;

beforeAll(async () => {
  port = await freePort();
  project = await createProject(
    [
      '@wwe-kit/core',
      '@wwe-kit/react',
      '@wwe-kit/devtools',
      '@wwe-kit/simulator',
      '@wwe-kit/workspace',
    ],
    { react: '^19.3.1', 'react-dom': '^19.3.1', vite: '^8.3.8' },
  );
  project.write(
    'index.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>My app</title></head>
<body><div id="root"></div><script type="module" src="/src/main.ts"></script></body></html>`,
  );
  // The app's one line: <WorkspaceDevtools /> inside the provider (createElement: no JSX plugin).
  project.write(
    'src/main.ts',
    `import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { WorkspaceProvider, createWorkspaceClient, useConnection } from '@wwe-kit/react';
import { WorkspaceDevtools } from '@wwe-kit/devtools/react';

const client = createWorkspaceClient({ hostOrigin: 'http://localhost:${port}' });
function Status() {
  return createElement('p', { id: 'status' }, useConnection().status);
}
createRoot(document.getElementById('root')!).render(
  createElement(WorkspaceProvider, { client }, createElement(Status), createElement(WorkspaceDevtools)),
);
`,
  );
  const built = await project.exec('npx', ['vite', 'build']);
  expect(built.status, built.stdout + built.stderr).toBe(0);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  for (const c of children) c.kill('SIGTERM');
  await server?.close();
  project?.remove();
});

const assets = () => path.join(project.dir, 'dist/assets');
const read = (file: string) => readFileSync(path.join(assets(), file), 'utf8');
/** Text only the panel's code has (its buttons), and only the loader's (its flag). */
const PANEL = 'Reveal values';
const LOADER = 'wwe-kit:devtools';

test('the production build: the loader in the main chunk, the panel in its own chunk', () => {
  const html = readFileSync(path.join(project.dir, 'dist/index.html'), 'utf8');
  const main = /src="\/assets\/([^"]+\.js)"/.exec(html)![1]!;
  const js = readdirSync(assets()).filter((f) => f.endsWith('.js'));
  expect(read(main)).toContain(LOADER);
  expect(read(main)).not.toContain(PANEL);
  const panel = js.filter((f) => read(f).includes(PANEL));
  expect(panel).toHaveLength(1);
  expect(panel[0]).not.toBe(main);
  console.log(
    `[measure] devtools in a production React build: main chunk ${(read(main).length / 1024).toFixed(1)} kB, panel chunk ${(read(panel[0]!).length / 1024).toFixed(1)} kB (minified, not gzipped)`,
  );
});

test('inside wwe-workspace, the localStorage flag opens the panel', async () => {
  server = await serveBuild(path.join(project.dir, 'dist'));
  const app = server.url;
  const child = project.start(path.join(project.dir, 'node_modules/.bin/wwe-workspace'), [
    '--app',
    app,
    '--port',
    String(port),
    '--strict-port',
  ]);
  children.push(child);
  const url = (await waitForLine(child, /^https?:\/\/\S+$/)).trim();

  // This Chromium denies storage to third-party frames by default; most browsers partition it.
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, '--disable-features=BlockThirdPartyCookies'],
    headless: true,
  });
  const page = await browser.newPage();
  await page.goto(url);
  const frame = () => page.frames().find((f) => f.url().startsWith(app))!;
  await expect
    .poll(() => frame()?.locator('#status').textContent(), { timeout: 15_000 })
    .toBe('connected');
  expect(
    await frame().evaluate(() => Boolean(document.querySelector('[data-wwe-kit-devtools]'))),
  ).toBe(false);
  await frame().evaluate(() => localStorage.setItem('wwe-kit:devtools', '1'));
  await page.reload();
  await expect
    .poll(() => frame()?.getByTestId('devtools-panel').isVisible(), { timeout: 15_000 })
    .toBe(true);
  await expect.poll(() => frame().getByTestId('devtools-status').textContent()).toBe('connected');
});
