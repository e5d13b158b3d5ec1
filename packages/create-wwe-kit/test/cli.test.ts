import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  CliError,
  create,
  listTemplates,
  nextSteps,
  nodeSupported,
  packageName,
  parseOptions,
  type RunContext,
} from '../src/cli';

let root: string;
let templates: string;
let cwd: string;
let logged: string[];

/** Two small templates in a temporary folder, so that the tests do not depend on the real ones. */
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'create-wwe-kit-test-'));
  templates = path.join(root, 'templates');
  cwd = path.join(root, 'cwd');
  mkdirSync(cwd);
  for (const name of ['react', 'vue']) {
    mkdirSync(path.join(templates, name, 'src'), { recursive: true });
    writeFileSync(
      path.join(templates, name, 'package.json'),
      JSON.stringify({
        name: '__APP_NAME__',
        dependencies: { [`@wwe-kit/${name}`]: '__WWE_KIT_VERSION__' },
      }),
    );
    writeFileSync(path.join(templates, name, '_gitignore'), 'node_modules\n');
    writeFileSync(
      path.join(templates, name, 'src', 'title.ts'),
      "export const title = '__APP_NAME__';\n",
    );
    writeFileSync(path.join(templates, name, 'logo.bin'), Buffer.from([0, 1, 2, 0x5f, 0x5f]));
  }
  logged = [];
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const ctx = (over: Partial<RunContext> = {}): RunContext => ({
  cwd,
  interactive: false,
  nodeVersion: '20.19.0',
  templatesDir: templates,
  version: '^0.1.0',
  log: (l) => logged.push(l),
  ...over,
});

/** The CliError `create` rejects with. */
async function failure(argv: string[], over: Partial<RunContext> = {}): Promise<CliError> {
  const error = await create(argv, ctx(over)).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CliError);
  return error as CliError;
}

test('the real templates folder lists react first', () => {
  expect(listTemplates()[0]).toBe('react');
});

test('copies the template: tokens replaced in text files, _gitignore renamed, binaries as is', async () => {
  const created = await create(['my-app', '--template', 'vue', '--yes'], ctx());
  const dir = path.join(cwd, 'my-app');
  expect(created).toMatchObject({ dir, template: 'vue' });
  expect(created!.files).toEqual(['.gitignore', 'logo.bin', 'package.json', 'src/title.ts']);
  expect(JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'))).toEqual({
    name: 'my-app',
    dependencies: { '@wwe-kit/vue': '^0.1.0' },
  });
  expect(readFileSync(path.join(dir, 'src/title.ts'), 'utf8')).toBe(
    "export const title = 'my-app';\n",
  );
  expect(existsSync(path.join(dir, '_gitignore'))).toBe(false);
  expect(readFileSync(path.join(dir, '.gitignore'), 'utf8')).toBe('node_modules\n');
  expect([...readFileSync(path.join(dir, 'logo.bin'))]).toEqual([0, 1, 2, 0x5f, 0x5f]);
  expect(created!.next).toEqual(['cd my-app', 'npm install', 'npm run dev']);
});

test('an unknown template is refused with the list of known ones', async () => {
  const e = await failure(['my-app', '--template', 'svelte']);
  expect(e.message).toBe(
    'unknown template "svelte". Known templates: react, vue (--template react)',
  );
  expect(e.exitCode).toBe(2);
  expect(existsSync(path.join(cwd, 'my-app'))).toBe(false);
});

test('a non-empty folder is refused; --force writes into it', async () => {
  mkdirSync(path.join(cwd, 'my-app'));
  writeFileSync(path.join(cwd, 'my-app', 'notes.txt'), 'mine');
  const e = await failure(['my-app', '--template', 'react']);
  expect(e.message).toMatch(/my-app is not empty\. .*--force/);
  expect(existsSync(path.join(cwd, 'my-app', 'package.json'))).toBe(false);

  await create(['my-app', '--template', 'react', '--force'], ctx());
  expect(readFileSync(path.join(cwd, 'my-app', 'notes.txt'), 'utf8')).toBe('mine');
  expect(existsSync(path.join(cwd, 'my-app', 'package.json'))).toBe(true);
});

test('an empty folder, or one with only .git, is used as it is', async () => {
  mkdirSync(path.join(cwd, 'repo', '.git'), { recursive: true });
  await create(['repo', '-t', 'react'], ctx());
  expect(existsSync(path.join(cwd, 'repo', 'package.json'))).toBe(true);
});

test('Node older than 20.19 is refused before anything else', async () => {
  const e = await failure(['my-app', '--template', 'react'], { nodeVersion: '20.18.3' });
  expect(e.message).toMatch(/^Node 20\.18\.3 is not supported: .* need Node 20\.19 or later/);
  expect(nodeSupported('20.19.0')).toBe(true);
  expect(nodeSupported('v22.1.0')).toBe(true);
  expect(nodeSupported('18.20.4')).toBe(false);
});

test('without a terminal, --template is required (the usage is shown)', async () => {
  const e = await failure(['my-app', '--yes']);
  expect(e.message).toMatch(/no --template, and no terminal.*Known templates: react, vue/);
  expect(e.showUsage).toBe(true);
});

test('in a terminal, the missing folder and template are asked; --yes skips the folder', async () => {
  const asked: string[] = [];
  const prompter = {
    folder: async (d: string) => (asked.push(`folder ${d}`), 'Asked App'),
    template: async (t: string[]) => (asked.push(`template ${t.join(',')}`), 'vue'),
  };
  const created = await create([], ctx({ interactive: true, prompter }));
  expect(asked).toEqual(['folder wwe-kit-app', 'template react,vue']);
  expect(created!.dir).toBe(path.join(cwd, 'Asked App'));
  expect(JSON.parse(readFileSync(path.join(created!.dir, 'package.json'), 'utf8')).name).toBe(
    'asked-app',
  );

  asked.length = 0;
  const quick = await create(
    ['--yes', '--template', 'react'],
    ctx({ interactive: true, prompter }),
  );
  expect(asked).toEqual([]);
  expect(quick!.dir).toBe(path.join(cwd, 'wwe-kit-app'));
});

test('arguments: unknown flags and two folders are usage errors; --help prints the usage', async () => {
  expect((await failure(['--nope'])).exitCode).toBe(2);
  expect((await failure(['a', 'b', '-t', 'react'])).message).toBe('one project folder, not 2');
  expect(await create(['--help'], ctx())).toBeUndefined();
  expect(logged.join('\n')).toMatch(/--template +react \| vue/);
  expect(parseOptions(['x', '-y', '-f', '-t', 'vue'])).toEqual({
    folder: 'x',
    template: 'vue',
    yes: true,
    force: true,
    help: false,
  });
});

test('package names and next steps', () => {
  expect(packageName('My App!')).toBe('my-app');
  expect(packageName('...')).toBe('wwe-kit-app');
  expect(nextSteps('my-app', 'pnpm/10.34.9 npm/? node/v20.20.2')).toEqual([
    'cd my-app',
    'pnpm install',
    'pnpm dev',
  ]);
  expect(nextSteps('.', 'yarn/4.9.0')).toEqual(['yarn install', 'yarn dev']);
});
