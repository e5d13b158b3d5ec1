// `npm create wwe-kit` as users run it: the packed create-wwe-kit installed by npm in a temporary
// folder, its bin generating each template into another temporary folder outside this workspace;
// then the generated project, its @wwe-kit packages from the packed tarballs and the rest from
// the registry, is installed, built, and its own unit and end-to-end tests (Playwright, Debian's
// Chromium) must pass as generated; axe-core must find no WCAG 2.1 A/AA violation in the app,
// neither in its production build opened outside Workspace nor in its frame in the simulated
// Workspace of `npm run dev`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations, chromiumPath, launchChromium } from '@wwe-kit/browser-harness';
import {
  createProject,
  installWithTarballs,
  userEnv,
  waitForLine,
  type Project,
} from '../lib/project';
import { withFixedPorts } from '../lib/ports';
import { serveBuild } from '../lib/static-app';

const TEMPLATES = fileURLToPath(
  new URL('../../../packages/create-wwe-kit/templates/', import.meta.url),
);
const templates = readdirSync(TEMPLATES).filter((t) =>
  statSync(path.join(TEMPLATES, t)).isDirectory(),
);

let creator: Project;
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  creator = await createProject(['create-wwe-kit']);
  console.log(
    `[measure] npm install of the create-wwe-kit tarball: ${creator.installSeconds.toFixed(1)} s`,
  );
});
afterAll(() => {
  for (const clean of cleanups) clean();
  creator?.remove();
});

/** Every file of `dir` (relative), outside node_modules. */
function files(dir: string, sub = ''): string[] {
  return readdirSync(path.join(dir, sub)).flatMap((f) => {
    const rel = path.join(sub, f);
    if (f === 'node_modules') return [];
    return statSync(path.join(dir, rel)).isDirectory() ? files(dir, rel) : [rel];
  });
}

/** The folder of a production build's index.html: dist/ (Vite) or dist/browser/ (Angular). */
function buildRoot(dir: string): string {
  for (const sub of ['dist', 'dist/browser', 'dist/my-app/browser']) {
    const root = path.join(dir, sub);
    if (existsSync(path.join(root, 'index.html'))) return root;
  }
  throw new Error(`No index.html in ${dir}/dist: ${files(path.join(dir, 'dist')).join(', ')}`);
}

/**
 * axe-core's WCAG 2.1 A/AA violations of the production build as users see it outside Workspace:
 * served as a static host would, opened directly in Chromium (not embedded, so the app shows its
 * not-in-Workspace state), once the app has rendered into its root element.
 */
async function auditBuild(dir: string): Promise<{ violations: string[]; text: string }> {
  const served = await serveBuild(buildRoot(dir));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(served.url, { waitUntil: 'networkidle' });
    await page.waitForFunction(
      () => (document.querySelector('#root, #app, app-root')?.children.length ?? 0) > 0,
    );
    expect(errors).toEqual([]);
    return { violations: await axeViolations(page), text: await page.innerText('body') };
  } finally {
    await browser.close();
    await served.close();
  }
}

/** Whether a process of the group `pgid` is still running. */
const groupAlive = (pgid: number) => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Stops the process group `pgid` (SIGTERM, then SIGKILL after 10 s) and resolves once none of its
 * processes is left: npm may exit before the servers it started, which still hold the fixed ports.
 */
async function stopGroup(pgid: number): Promise<void> {
  if (!groupAlive(pgid)) return;
  process.kill(-pgid, 'SIGTERM');
  // At most 15 s (a zombie whose parent never reaps it would count as alive).
  for (let i = 0; i < 150 && groupAlive(pgid); i++) {
    if (i === 100) process.kill(-pgid, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * axe-core's WCAG 2.1 A/AA violations of the app's frame as users see it in development: the
 * template's `npm run dev` (its dev server and the simulated Workspace on 5170), the Workspace page
 * opened in Chromium, the app's frame audited once it shows it is connected.
 */
async function auditInWorkspace(dir: string): Promise<{ violations: string[]; text: string }> {
  const ini = readFileSync(path.join(dir, 'workspace.ini'), 'utf8');
  const label = /^label=(.+)$/m.exec(ini)![1]!.trim();
  const dev = spawn('npm', ['run', 'dev'], {
    cwd: dir,
    env: userEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group: npm, scripts/dev.mjs and the servers stop together
  });
  const browser = await launchChromium();
  try {
    const url = (await waitForLine(dev, /^\s*http:\/\/localhost:5170\S*\s*$/, 60_000)).trim();
    const page = await browser.newPage();
    await page.goto(url);
    // Located anew on each try: a dev server may reload the app's page once (e.g. Vite after
    // optimizing dependencies on the first visit), detaching the frame it was in.
    const iframe = page.locator(`iframe[title="${label}"]`);
    for (let attempt = 1; ; attempt++) {
      try {
        await page
          .frameLocator(`iframe[title="${label}"]`)
          .getByRole('status')
          .filter({ hasText: /connected/i })
          .waitFor({ timeout: 120_000 });
        const frame = await (await iframe.elementHandle())?.contentFrame();
        if (!frame) throw new Error(`No frame of ${label} in ${url}`);
        return { violations: await axeViolations(frame), text: await frame.innerText('body') };
      } catch (e) {
        if (attempt >= 3 || !/detached|destroyed|navigat/i.test(String(e))) throw e;
      }
    }
  } finally {
    await browser.close();
    if (dev.pid !== undefined) await stopGroup(dev.pid);
  }
}

const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);

// The templates concurrently (their npm installs, builds and unit tests overlap), their end-to-end
// tests one at a time (withFixedPorts).
test.concurrent.each(templates)(
  'create %s: generated from the tarball, it installs, builds, its unit and e2e tests pass, and axe-core finds no WCAG 2.1 A/AA violation',
  async (template) => {
    const parent = mkdtempSync(path.join(tmpdir(), 'wwe-kit-create-'));
    cleanups.push(() => rmSync(parent, { recursive: true, force: true }));

    // Generate, as `npm create wwe-kit@latest my-app -- --template <t> --yes` runs the bin.
    const started = Date.now();
    const bin = path.join(creator.dir, 'node_modules', '.bin', 'create-wwe-kit');
    const generated = spawnSync(bin, ['my-app', '--template', template, '--yes'], {
      cwd: parent,
      env: userEnv(),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const generate = seconds(started);
    expect(generated.status, generated.stdout + generated.stderr).toBe(0);
    const dir = path.join(parent, 'my-app');
    expect(generated.stdout).toContain('cd my-app');
    expect(existsSync(path.join(dir, '.gitignore'))).toBe(true);
    const written = files(dir);
    for (const name of ['package.json', 'workspace.ini', 'WORKSPACE-ADMIN.md', 'scripts/dev.mjs'])
      expect(written).toContain(name);
    for (const file of written) {
      expect(path.basename(file)).not.toBe('_gitignore');
      expect(readFileSync(path.join(dir, file), 'utf8'), file).not.toMatch(
        /__APP_NAME__|__WWE_KIT_VERSION__/,
      );
    }
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
      name: string;
      scripts: Record<string, string>;
    };
    expect(pkg.name).toBe('my-app');
    for (const script of ['dev', 'dev:app', 'build', 'preview', 'test', 'test:e2e', 'typecheck'])
      expect(pkg.scripts, script).toHaveProperty(script);

    // Install (the @wwe-kit packages from the tarballs), build, unit tests, end-to-end tests.
    const project = await installWithTarballs(dir);
    const step = async (script: string, env: NodeJS.ProcessEnv = {}) => {
      const began = Date.now();
      const r = await project.exec('npm', ['run', script], {
        CI: '1',
        NO_COLOR: '1',
        ...env,
      });
      expect(r.status, `npm run ${script} in ${dir}\n${r.stdout}${r.stderr}`).toBe(0);
      return { output: r.stdout + r.stderr, time: seconds(began) };
    };
    const build = await step('build');
    const audit = await auditBuild(dir);
    expect(
      audit.violations,
      `axe-core on the production build of ${template}:\n${audit.text}`,
    ).toEqual([]);
    const unit = await step('test');
    expect(unit.output).toMatch(/Tests\s+\d+ passed/);
    expect(unit.output).not.toMatch(/not wrapped in act|\[Vue warn\]|NG0\d+/);
    const e2e = await withFixedPorts(() => step('test:e2e', { CHROMIUM_PATH: chromiumPath() }));
    expect(e2e.output).toMatch(/\b[1-9]\d* passed\b/);
    expect(e2e.output).not.toMatch(/\bflaky\b|\bfailed\b/);
    const inWorkspace = await withFixedPorts(() => auditInWorkspace(dir));
    expect(
      inWorkspace.violations,
      `axe-core on ${template}'s frame in the simulated Workspace:\n${inWorkspace.text}`,
    ).toEqual([]);

    console.log(
      `[measure] create ${template}: generate ${generate} s, install ${project.installSeconds.toFixed(1)} s, build ${build.time} s, unit ${unit.time} s, e2e ${e2e.time} s`,
    );
  },
  600_000,
);
