// Projects as users make them: in a temporary folder outside this workspace, with the published
// packages installed by npm from their packed tarballs (exactly what `npm install @wwe-kit/…`
// would unpack), so nothing resolves through workspace links or the source export condition.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';

/** The published packages by name → their folder in this repository. */
export const PACKAGES = {
  '@wwe-kit/core': 'packages/core',
  '@wwe-kit/simulator': 'packages/simulator',
  '@wwe-kit/workspace': 'packages/workspace',
  '@wwe-kit/react': 'packages/react',
  '@wwe-kit/vue': 'packages/vue',
  '@wwe-kit/angular': 'packages/angular',
  '@wwe-kit/devtools': 'packages/devtools',
  'create-wwe-kit': 'packages/create-wwe-kit',
} as const;
export type PackageName = keyof typeof PACKAGES;

/**
 * The environment of a user's shell: this process's, less what `pnpm test` adds for its own
 * scripts (`npm_config_*`, `npm_package_*`, `npm_lifecycle_*`…) and what vitest sets
 * (`NODE_ENV=test`, `VITEST*`: a `vite build` would then make a development build).
 */
export function userEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) =>
        !/^(npm|pnpm)_/i.test(k) && k !== 'NODE_ENV' && k !== 'TEST' && !k.startsWith('VITEST'),
    ),
  );
}

/**
 * The packed tarball of a published package: packed once per run by the global setup
 * (lib/global-setup.ts, with scripts/pack.mjs) into one folder that every test file reads.
 */
export function tarball(name: PackageName): string {
  const dest = path.join(inject('tarballs'), name.replace('/', '-'));
  const file = existsSync(dest) ? readdirSync(dest).find((f) => f.endsWith('.tgz')) : undefined;
  if (!file) throw new Error(`No tarball of ${name} in ${dest} (see lib/global-setup.ts)`);
  return path.join(dest, file);
}

/**
 * A new npm project in a temporary folder with `packages` installed from their tarballs (npm
 * `overrides` make every dependency on them resolve to the same tarballs) and `registryDeps` from
 * the registry.
 */
export interface Project {
  dir: string;
  /** Runs a command in the project; resolves with its output, rejects on a non-zero exit. */
  run(
    cmd: string,
    args: string[],
    env?: NodeJS.ProcessEnv,
  ): { status: number | null; stdout: string; stderr: string };
  /** `run`, without blocking this process (for tests that run concurrently). */
  exec(
    cmd: string,
    args: string[],
    env?: NodeJS.ProcessEnv,
  ): Promise<{ status: number | null; stdout: string; stderr: string }>;
  /** Starts a long-running command (e.g. a bin that serves) in the project. */
  start(cmd: string, args: string[]): ChildProcess;
  write(file: string, text: string): void;
  /** Seconds the install took. */
  installSeconds: number;
  remove(): void;
}

export function createProject(
  packages: readonly PackageName[],
  registryDeps: Record<string, string> = {},
  extra: Record<string, unknown> = {},
): Promise<Project> {
  const dir = mkdtempSync(path.join(tmpdir(), 'wwe-kit-consumer-'));
  const files = Object.fromEntries(packages.map((p) => [p, `file:${tarball(p)}`]));
  return install(dir, {
    name: 'my-integration',
    version: '1.0.0',
    private: true,
    type: 'module',
    dependencies: { ...files, ...registryDeps },
    overrides: Object.fromEntries(packages.map((p) => [p, `$${p}`])),
    ...extra,
  });
}

const isPackageName = (name: string): name is PackageName => name in PACKAGES;

/**
 * A project made from a folder of this repository as a user would copy it (e.g. a recipe of
 * `tests/consumer/recipes/`): every file copied, and its package.json as written, except that each
 * `@wwe-kit/*` dependency (and `@wwe-kit/core`, which they all depend on) comes from its tarball.
 * `wweKit` lists those packages.
 */
export function createProjectFromFolder(
  folder: string,
): Promise<Project & { wweKit: PackageName[] }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'wwe-kit-consumer-'));
  cpSync(folder, dir, {
    recursive: true,
    filter: (src) => !/[\\/](node_modules|dist|\.angular)$/.test(src),
  });
  return installWithTarballs(dir);
}

/**
 * Installs the project already in `dir` (e.g. one made by `create-wwe-kit`) with its package.json
 * as written, except that each `@wwe-kit/*` dependency, and the `@wwe-kit/*` packages those
 * depend on, come from their tarballs (file: dependencies, and npm `overrides` for the nested
 * ones). `wweKit` lists those packages.
 */
export async function installWithTarballs(
  dir: string,
): Promise<Project & { wweKit: PackageName[] }> {
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Record<
    string,
    unknown
  > & { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
  const wweKit = new Set<PackageName>(['@wwe-kit/core']);
  for (const deps of [pkg.dependencies, pkg.devDependencies])
    for (const name of Object.keys(deps ?? {}))
      if (isPackageName(name)) {
        deps![name] = `file:${tarball(name)}`;
        wweKit.add(name);
      }
  // The packages the others depend on: direct dependencies too, so that `overrides` can point
  // the nested ones at the same tarballs (@wwe-kit/workspace depends on the simulator, and every
  // package on the core).
  const nested: PackageName[] = wweKit.has('@wwe-kit/workspace')
    ? ['@wwe-kit/core', '@wwe-kit/simulator']
    : ['@wwe-kit/core'];
  for (const name of nested) {
    wweKit.add(name);
    if (!pkg.dependencies?.[name] && !pkg.devDependencies?.[name])
      pkg.dependencies = { ...pkg.dependencies, [name]: `file:${tarball(name)}` };
  }
  pkg.overrides = Object.fromEntries([...wweKit].map((p) => [p, `$${p}`]));
  return Object.assign(await install(dir, pkg), { wweKit: [...wweKit] });
}

/** Runs a command without blocking this process; resolves with its exit status and output. */
function execAsync(
  cmd: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/**
 * Writes `pkg` as the package.json of `dir` and runs `npm install` there, without blocking (test
 * files install several projects at once). `--prefer-offline`: what an earlier install of this run
 * (or of an earlier run) put in npm's cache is used without asking the registry again; what is not
 * there is fetched.
 */
async function install(dir: string, pkg: Record<string, unknown>): Promise<Project> {
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  const started = Date.now();
  const install = await execAsync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
    { cwd: dir, env: userEnv() },
  );
  if (install.status !== 0)
    throw new Error(`npm install failed in ${dir}\n${install.stdout}${install.stderr}`);
  const installSeconds = (Date.now() - started) / 1000;
  return {
    dir,
    installSeconds,
    run: (cmd, args, env) => {
      const r = spawnSync(cmd, args, {
        cwd: dir,
        encoding: 'utf8',
        env: { ...userEnv(), ...env },
      });
      return { status: r.status, stdout: r.stdout, stderr: r.stderr };
    },
    exec: (cmd, args, env) => execAsync(cmd, args, { cwd: dir, env: { ...userEnv(), ...env } }),
    start: (cmd, args) =>
      spawn(cmd, args, { cwd: dir, env: userEnv(), stdio: ['ignore', 'pipe', 'pipe'] }),
    write(file, text) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Resolves with the first line of `child`'s stdout matching `pattern` (rejects on exit or timeout). */
export function waitForLine(
  child: ChildProcess,
  pattern: RegExp,
  timeoutMs = 30_000,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(
      () => reject(new Error(`no line matching ${pattern} in:\n${out}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => pattern.test(l));
      if (line !== undefined) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve(line);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before printing ${pattern}:\n${out}`));
    });
  });
}
