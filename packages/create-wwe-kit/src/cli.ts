// `npm create wwe-kit`: the arguments, the checks, the copy of a template with its tokens replaced.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** The folder of this package's templates (`templates/<name>/`), beside `dist/` and `src/`. */
export const TEMPLATES = fileURLToPath(new URL('../templates/', import.meta.url));

/** The oldest Node supported by the templates' toolchain (Vite 8, Vitest 4, Angular 21). */
export const MIN_NODE = '20.19.0';

/** What each template is, for the prompt and the usage. */
export const DESCRIPTIONS: Record<string, string> = {
  react: 'React 19 + Vite + TypeScript',
  vue: 'Vue 3 + Vite + TypeScript',
  angular: 'Angular 21 (Angular CLI) + TypeScript',
};

/** The default project folder when none is given (with `--yes`, or the prompt's default). */
export const DEFAULT_FOLDER = 'wwe-kit-app';

/** The templates present in `templates/`, sorted with the documented order first. */
export function listTemplates(dir = TEMPLATES): string[] {
  const order = Object.keys(DESCRIPTIONS);
  const rank = (t: string) => (order.includes(t) ? order.indexOf(t) : order.length);
  return readdirSync(dir)
    .filter((name) => statSync(path.join(dir, name)).isDirectory())
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export function usage(templates = listTemplates()): string {
  return `Usage: npm create wwe-kit@latest [folder] -- [--template NAME] [--yes] [--force]
       create-wwe-kit [folder] [--template NAME] [--yes] [--force]

Creates a web app for the Genesys Workspace Web Edition Service Client API: the secure
connection, a simulated Workspace for development (npm run dev), unit and end-to-end tests.

  folder             the project folder to create (default: asked, or ${DEFAULT_FOLDER} with --yes)
  -t, --template     ${templates.join(' | ')}
  -y, --yes          ask nothing: the defaults for what is not given (--template is still needed
                     when stdin is not a terminal)
  -f, --force        write into a folder that is not empty (files of the template are replaced)
  -h, --help         print this text

Examples:
  npm create wwe-kit@latest my-app -- --template react --yes
  pnpm create wwe-kit my-app --template vue
  yarn create wwe-kit my-app --template angular`;
}

/** An error shown to the user as it is (no stack), with an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
    readonly showUsage = false,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** `"20.19.0"` ≥ `"20.19.0"`; `"v20.18.3"` is not. */
export function nodeSupported(version: string, min = MIN_NODE): boolean {
  const parse = (v: string) => v.replace(/^v/, '').split('.').map(Number);
  const [a, b] = [parse(version), parse(min)];
  for (let i = 0; i < 3; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

export interface Options {
  folder: string | undefined;
  template: string | undefined;
  yes: boolean;
  force: boolean;
  help: boolean;
}

export function parseOptions(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        template: { type: 'string', short: 't' },
        yes: { type: 'boolean', short: 'y', default: false },
        force: { type: 'boolean', short: 'f', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    throw new CliError((e as Error).message, 2, true);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1)
    throw new CliError(`one project folder, not ${positionals.length}`, 2, true);
  return {
    folder: positionals[0],
    template: values.template,
    yes: values.yes,
    force: values.force,
    help: values.help,
  };
}

/** The template's name, or an error listing the known ones. */
export function checkTemplate(name: string, templates = listTemplates()): string {
  if (templates.includes(name)) return name;
  throw new CliError(
    `unknown template "${name}". Known templates: ${templates.join(', ')} (--template ${templates[0]})`,
    2,
  );
}

/** A valid npm package name from a folder name: `My App` → `my-app`. */
export function packageName(folder: string): string {
  const name = folder
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9._~-]+/g, '-')
    .replace(/^[._-]+|-+$/g, '');
  return name || DEFAULT_FOLDER;
}

/** Whether `dir` exists with something in it (a lone `.git` counts as empty). */
export function isNonEmpty(dir: string): boolean {
  return existsSync(dir) && readdirSync(dir).some((f) => f !== '.git');
}

/** The version range the templates' `@wwe-kit/*` dependencies get: this package's version. */
export function wweKitVersion(): string {
  const file = new URL('../package.json', import.meta.url);
  return `^${(JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version}`;
}

export interface Tokens {
  __APP_NAME__: string;
  __WWE_KIT_VERSION__: string;
}

/** Files written under another name: npm never publishes a `.gitignore`. */
const RENAMES: Record<string, string> = { _gitignore: '.gitignore' };
const SKIP = new Set(['node_modules', 'dist', '.angular', 'test-results', 'playwright-report']);

/**
 * Copies `templateDir` into `targetDir`: `_gitignore` becomes `.gitignore`, and the tokens are
 * replaced in every text file (a file with a NUL byte is binary and copied as is). Returns the
 * files written, relative to `targetDir`.
 */
export function copyTemplate(templateDir: string, targetDir: string, tokens: Tokens): string[] {
  const written: string[] = [];
  const walk = (from: string, to: string) => {
    mkdirSync(to, { recursive: true });
    for (const entry of readdirSync(from, { withFileTypes: true })) {
      if (SKIP.has(entry.name)) continue;
      const src = path.join(from, entry.name);
      const dest = path.join(to, RENAMES[entry.name] ?? entry.name);
      if (entry.isDirectory()) {
        walk(src, dest);
        continue;
      }
      const bytes = readFileSync(src);
      const text = bytes.includes(0) ? undefined : bytes.toString('utf8');
      writeFileSync(
        dest,
        text === undefined
          ? bytes
          : text.replace(/__APP_NAME__|__WWE_KIT_VERSION__/g, (t) => tokens[t as keyof Tokens]),
      );
      written.push(path.relative(targetDir, dest));
    }
  };
  walk(templateDir, targetDir);
  return written.sort();
}

/** The commands to run next, for the package manager that ran `create` (npm, pnpm or yarn). */
export function nextSteps(folder: string, userAgent = ''): string[] {
  const pm = /^(pnpm|yarn|bun)\//.exec(userAgent)?.[1] ?? 'npm';
  const run = (script: string) => (pm === 'npm' ? `npm run ${script}` : `${pm} ${script}`);
  const cd = folder === '.' ? [] : [`cd ${/\s/.test(folder) ? JSON.stringify(folder) : folder}`];
  return [...cd, `${pm} install`, run('dev')];
}

/** The questions, answered by @clack/prompts in a terminal (replaced in tests). */
export interface Prompter {
  folder(defaultValue: string): Promise<string | undefined>;
  template(templates: string[]): Promise<string | undefined>;
}

export interface RunContext {
  cwd: string;
  /** Whether questions may be asked (stdin is a terminal). */
  interactive: boolean;
  nodeVersion: string;
  /** `npm_config_user_agent`: which package manager ran `create`. */
  userAgent?: string | undefined;
  templatesDir?: string;
  version?: string;
  prompter?: Prompter;
  log(text: string): void;
}

export interface Created {
  dir: string;
  template: string;
  files: string[];
  next: string[];
}

/**
 * The whole command: checks Node, reads the arguments, asks what is missing (in a terminal),
 * checks the target folder and copies the template. Throws a {@link CliError} on bad input.
 */
export async function create(argv: string[], ctx: RunContext): Promise<Created | undefined> {
  if (!nodeSupported(ctx.nodeVersion))
    throw new CliError(
      `Node ${ctx.nodeVersion.replace(/^v/, '')} is not supported: create-wwe-kit and the apps it ` +
        `creates need Node ${MIN_NODE.replace(/\.0$/, '')} or later (Vite 8, Vitest 4, Angular 21). ` +
        'Install a current Node LTS (https://nodejs.org/) and run the command again.',
    );
  const options = parseOptions(argv);
  const templates = listTemplates(ctx.templatesDir);
  if (options.help) {
    ctx.log(usage(templates));
    return undefined;
  }
  if (options.template !== undefined) checkTemplate(options.template, templates);

  let folder = options.folder;
  if (folder === undefined && !options.yes && ctx.interactive)
    folder = await ctx.prompter?.folder(DEFAULT_FOLDER);
  folder ??= DEFAULT_FOLDER;

  let template = options.template;
  if (template === undefined) {
    if (!ctx.interactive)
      throw new CliError(
        `no --template, and no terminal to ask in. Known templates: ${templates.join(', ')}`,
        2,
        true,
      );
    template = await ctx.prompter?.template(templates);
    if (template === undefined) return undefined; // cancelled
    checkTemplate(template, templates);
  }

  const dir = path.resolve(ctx.cwd, folder);
  if (existsSync(dir) && !statSync(dir).isDirectory())
    throw new CliError(`${dir} is a file, not a folder.`);
  if (isNonEmpty(dir) && !options.force)
    throw new CliError(
      `${dir} is not empty. Choose another folder, empty this one, or add --force to write the ` +
        'template into it (its files of the same names are replaced).',
    );
  const files = copyTemplate(path.join(ctx.templatesDir ?? TEMPLATES, template), dir, {
    __APP_NAME__: packageName(path.basename(dir)),
    __WWE_KIT_VERSION__: ctx.version ?? wweKitVersion(),
  });
  return { dir, template, files, next: nextSteps(folder, ctx.userAgent) };
}
