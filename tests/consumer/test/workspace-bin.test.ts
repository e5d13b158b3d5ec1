// @wwe-kit/workspace exactly as users get it: the packed tarballs of core, simulator and workspace
// installed by npm into an empty project outside this workspace, the `wwe-workspace` bin run from
// node_modules/.bin around a tiny static app, and the printed URL opened in Debian's Chromium.
import { execSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { freePort, launchChromium } from '@wwe-kit/browser-harness';
import { createProject, waitForLine, type Project } from '../lib/project';
import { startStaticApp } from '../lib/static-app';

let project: Project;
let browser: Browser | undefined;
const children: ChildProcess[] = [];
const bin = () => path.join(project.dir, 'node_modules/.bin/wwe-workspace');

beforeAll(async () => {
  project = await createProject(['@wwe-kit/core', '@wwe-kit/simulator', '@wwe-kit/workspace']);
  const size = execSync('du -sk node_modules', { cwd: project.dir, encoding: 'utf8' });
  const packages =
    execSync('npm ls --all --parseable', { cwd: project.dir, encoding: 'utf8' }).trim().split('\n')
      .length - 1;
  console.log(
    `[measure] npm install of core + simulator + workspace tarballs: ${project.installSeconds.toFixed(1)} s, node_modules ${(Number(size.split('\t')[0]) / 1024).toFixed(1)} MB, ${packages} packages`,
  );
});
afterAll(async () => {
  await browser?.close();
  for (const c of children) c.kill('SIGTERM');
  project?.remove();
});

/** The bin, started; resolves with the URL it prints on a line of its own and the start time. */
async function startBin(args: string[]): Promise<{ url: string; ms: number; child: ChildProcess }> {
  const started = performance.now();
  const child = project.start(bin(), args);
  children.push(child);
  const line = await waitForLine(child, /^https?:\/\/\S+$/);
  return { url: line.trim(), ms: performance.now() - started, child };
}

test('npx wwe-workspace --app <url>: the app, in a cross-origin iframe, gets agent.get answered and sees a call simulated from the page', async () => {
  const port = await freePort();
  // The app knows the Workspace origin from its own configuration (here: the port chosen above).
  const app = await startStaticApp(project.dir, {
    '/': `<!doctype html><html><head><meta charset="utf-8"><title>My app</title>
<script src="/wwe-kit.global.js"></script></head>
<body><h1>My integration</h1><p id="agent">Connecting…</p><ul id="events"></ul>
<script>
  const client = WweKit.createWorkspaceClient({ hostOrigin: 'http://localhost:${port}' });
  client.agent.get().then(
    (a) => (document.getElementById('agent').textContent = 'Agent: ' + a.username),
    (e) => (document.getElementById('agent').textContent = 'Error: ' + e.code),
  );
  client.on('interaction', (e) => {
    const li = document.createElement('li');
    li.textContent = e.eventType + ' ' + e.interaction.media + ' ' + (e.interaction.ani || '');
    document.getElementById('events').append(li);
  });
</script></body></html>`,
  });
  try {
    const { url, ms } = await startBin(['--app', app.url, '--port', String(port), '--strict-port']);
    console.log(`[measure] wwe-workspace --app: URL printed ${ms.toFixed(0)} ms after the spawn`);
    expect(url).toBe(`http://localhost:${port}/`);

    browser = await launchChromium();
    const page = await browser.newPage();
    await page.goto(url);
    const frame = page.frameLocator(`iframe[src^="${app.origin}/"]`);
    await expect
      .poll(() => frame.locator('#agent').textContent(), { timeout: 15_000 })
      .toMatch(/^Agent: \S+/);

    await page.getByLabel('ANI', { exact: true }).fill('5550199');
    await page.getByRole('button', { name: 'Simulate inbound' }).click();
    await expect
      .poll(() => frame.locator('#events').textContent(), { timeout: 10_000 })
      .toMatch(/voice 5550199/);
    // Really cross-origin: the page cannot read into the app's window.
    const crossOrigin = await page.evaluate(() => {
      try {
        return !document.querySelector('iframe')!.contentWindow!.document;
      } catch {
        return true;
      }
    });
    expect(crossOrigin).toBe(true);
    await page.close();
  } finally {
    await app.close();
  }
});

test('bad input: an unknown flag prints the usage and exits 2; a malformed INI names file and line and starts nothing', () => {
  const unknown = project.run(bin(), ['--frobnicate']);
  expect(unknown.status).toBe(2);
  expect(unknown.stderr).toMatch(/unknown option --frobnicate/);
  expect(unknown.stderr).toMatch(/Usage: wwe-workspace/);
  // A near miss names the flag probably meant.
  const near = project.run(bin(), ['--ap', 'http://localhost:5173']);
  expect(near.status).toBe(2);
  expect(near.stderr).toMatch(/unknown option --ap: did you mean --app\?/);

  const badMode = project.run(bin(), ['--app', 'http://localhost:5173', '--mode', 'sideways']);
  expect(badMode.status).toBe(2);
  expect(badMode.stderr).toMatch(/--mode sideways: not one of tab, popup, background, hidden/);

  project.write(
    'broken/workspace.ini',
    '[interaction-workspace]\nworkspace.web-content=A\nthis line is wrong\n',
  );
  const broken = project.run(bin(), ['--config', 'broken/workspace.ini', '--port', '0']);
  expect(broken.status).toBe(1);
  expect(broken.stderr).toMatch(/broken\/workspace\.ini:3: not an option line: this line is wrong/);
  expect(broken.stdout).not.toMatch(/^https?:\/\//m);
});

test('wwe-workspace init writes a commented workspace.ini and its seed, which the bin then serves', async () => {
  project.write('app/.keep', '');
  const cwd = path.join(project.dir, 'app');
  const init = execSync(`${bin()} init --app http://localhost:5173/`, { cwd, encoding: 'utf8' });
  expect(init).toMatch(/Wrote workspace\.ini and workspace\.seed\.yaml/);
  const ini = readFileSync(path.join(cwd, 'workspace.ini'), 'utf8');
  for (const option of [
    'accepted-web-content-origins=http://localhost:5173',
    'service-client-api.rate-limit=',
    'service-client-api.rate-limit-quarantine-delay=',
    'service-client-api.user-data.read-allowed=',
    'service-client-api.user-data.write-allowed=',
    'workspace.web-content=',
  ])
    expect(ini).toContain(option);
  expect(existsSync(path.join(cwd, 'workspace.seed.yaml'))).toBe(true);
  // A second init does not overwrite the user's files.
  expect(() => execSync(`${bin()} init`, { cwd, stdio: 'pipe' })).toThrow(/already exist/);

  const child = project.start('sh', ['-c', `cd app && exec ${bin()} --port 0`]);
  children.push(child);
  const url = (await waitForLine(child, /^https?:\/\/\S+$/)).trim();
  const config = (await (await fetch(new URL('/__wwe/config', url))).json()) as {
    source: string;
    seed: { agent?: { userName?: string }; campaigns?: { name: string }[] };
  };
  expect(config.source).toBe('workspace.ini');
  expect(config.seed.agent?.userName).toBe('alovelace');
  expect(config.seed.campaigns?.map((c) => c.name)).toEqual(['Renewals']);
  child.kill('SIGTERM');
});

test("the README's startWorkspace example runs as written against the installed package", () => {
  const readme = readFileSync(
    path.join(project.dir, 'node_modules/@wwe-kit/workspace/README.md'),
    'utf8',
  );
  const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]!);
  expect(blocks.length).toBeGreaterThan(0);
  blocks.forEach((code, n) => project.write(`readme-${n}.mjs`, code));
  for (let n = 0; n < blocks.length; n++) {
    const r = project.run('node', [`readme-${n}.mjs`]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Open http:\/\/localhost:\d+\/$/m);
  }
});
