// The testing recipes of docs/testing.md (tests/consumer/recipes/<name>/) as users copy them: each
// folder becomes a project in a temporary folder outside this workspace, its @wwe-kit packages
// installed by npm from the packed tarballs and the rest from the registry; then its own
// `npx vitest run` (a simulated inbound call shown, a click-to-dial reaching the host) and its
// own typecheck must pass.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { createProjectFromFolder } from '../lib/project';

const RECIPES = fileURLToPath(new URL('../recipes/', import.meta.url));

/** Each recipe, with the command that typechecks it and how many tests it has. */
const recipes = [
  { name: 'react', typecheck: ['tsc', '--noEmit'], tests: 2 },
  { name: 'vue', typecheck: ['vue-tsc', '--noEmit'], tests: 2 },
  { name: 'angular', typecheck: ['tsc', '--noEmit'], tests: 2 },
] as const;

/** The recipe's files, relative to its folder. */
function files(dir: string, sub = ''): string[] {
  return readdirSync(path.join(dir, sub)).flatMap((f) => {
    const rel = path.join(sub, f);
    return statSync(path.join(dir, rel)).isDirectory() ? files(dir, rel) : [rel];
  });
}

// Concurrently: each is a project of its own, with no server.
test.concurrent.each(recipes)(
  'recipe $name: installs from the tarballs, its tests pass, it typechecks',
  async ({ name, typecheck, tests }) => {
    const folder = path.join(RECIPES, name);
    const lines = files(folder).reduce(
      (n, f) => n + readFileSync(path.join(folder, f), 'utf8').trimEnd().split('\n').length,
      0,
    );
    const project = await createProjectFromFolder(folder);
    try {
      const started = Date.now();
      const run = await project.exec('npx', ['vitest', 'run'], { CI: 'true', NO_COLOR: '1' });
      const testSeconds = (Date.now() - started) / 1000;
      const output = run.stdout + run.stderr;
      expect(run.status, output).toBe(0);
      expect(output).toMatch(new RegExp(`Tests\\s+${tests} passed \\(${tests}\\)`));
      expect(output).not.toMatch(/not wrapped in act|DISPOSED|\[Vue warn\]/);

      const checked = await project.exec('npx', [...typecheck]);
      expect(checked.status, checked.stdout + checked.stderr).toBe(0);
      console.log(
        `[measure] recipe ${name}: ${lines} lines, install ${project.installSeconds.toFixed(1)} s, test ${testSeconds.toFixed(1)} s`,
      );
    } finally {
      project.remove();
    }
  },
  300_000, // an npm install and two runs each, on a shared machine
);
