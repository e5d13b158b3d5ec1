// The `create-wwe-kit` bin (`npm create wwe-kit`, `pnpm create wwe-kit`, `yarn create wwe-kit`).
import { cancel, intro, isCancel, outro, select, text } from '@clack/prompts';
import { CliError, create, DESCRIPTIONS, packageName, usage, type Prompter } from './cli';

/** Ctrl+C in a question: say so and stop. */
function answered(value: string | symbol): string {
  if (isCancel(value) || typeof value !== 'string') {
    cancel('Cancelled: nothing was written.');
    process.exit(130);
  }
  return value;
}

const prompter: Prompter = {
  async folder(defaultValue) {
    return answered(
      await text({
        message: 'Project folder',
        placeholder: defaultValue,
        defaultValue,
        validate: (v) =>
          v && packageName(v) !== v.trim().toLowerCase() && !/^[./\\]/.test(v)
            ? `Use letters, digits and - . _ ~ (it is also the package name, e.g. ${packageName(v)})`
            : undefined,
      }),
    );
  },
  async template(templates) {
    return answered(
      await select({
        message: 'Template',
        options: templates.map((t) => ({ value: t, label: t, hint: DESCRIPTIONS[t] })),
      }),
    );
  },
};

async function main(): Promise<number> {
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  if (interactive) intro('create-wwe-kit');
  try {
    const created = await create(process.argv.slice(2), {
      cwd: process.cwd(),
      interactive,
      nodeVersion: process.versions.node,
      userAgent: process.env.npm_config_user_agent,
      prompter,
      log: (line) => process.stdout.write(`${line}\n`),
    });
    if (!created) return 0;
    const steps = created.next.join('\n');
    const done = `Created ${created.dir} (${created.template}, ${created.files.length} files).`;
    const after =
      'It opens the simulated Workspace with your app in it. Also: npm test, npm run test:e2e,\n' +
      'npm run build. WORKSPACE-ADMIN.md has the options a Genesys administrator sets for it.\n' +
      'npm run test:e2e needs a browser: npx playwright install chromium once, or point\n' +
      'CHROMIUM_PATH at a Chromium you have (CHROMIUM_PATH=/usr/bin/chromium npm run test:e2e).';
    if (interactive) outro(done);
    else process.stdout.write(`\n${done}\n`);
    process.stdout.write(`\nNext:\n\n  ${steps.replace(/\n/g, '\n  ')}\n\n${after}\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    process.stderr.write(`\ncreate-wwe-kit: ${e.message}\n`);
    if (e.showUsage) process.stderr.write(`\n${usage()}\n`);
    return e.exitCode;
  }
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(
      `create-wwe-kit: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
    process.exitCode = 1;
  },
);
