// A recipe of the Testing guide (tests/consumer/recipes/<name>) as a user's project: its files
// copied into a new project whose @wwe-kit packages come from the packed tarballs.
import { cpSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createProject, type PackageName, type Project } from './project';

export const RECIPES = fileURLToPath(new URL('../recipes/', import.meta.url));
/** The repository's root. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The recipe's files, relative to its folder (package.json included). */
export function recipeFiles(name: string): string[] {
  const root = path.join(RECIPES, name);
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const full = path.join(dir, f);
      if (f === 'node_modules') return [];
      return statSync(full).isDirectory() ? walk(full) : [path.relative(root, full)];
    });
  return walk(root).sort();
}

/** Lines of code of the recipe (what a user copies), package.json included. */
export function recipeLines(name: string): number {
  return recipeFiles(name).reduce(
    (n, f) =>
      n +
      readFileSync(path.join(RECIPES, name, f), 'utf8')
        .trimEnd()
        .split('\n').length,
    0,
  );
}

/**
 * Makes the recipe's project: its dependencies and devDependencies (the `@wwe-kit/*` ones from the
 * tarballs, the others from the registry), its scripts, and its files. `app` copies folders of
 * this repository into it, as the user's own app (e.g. `{ src: 'apps/react-sample/src' }`: the
 * React sample's sources as the project's `src/`).
 */
export async function recipeProject(
  name: string,
  app: Record<string, string> = {},
): Promise<Project> {
  const manifest = JSON.parse(readFileSync(path.join(RECIPES, name, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const all = { ...manifest.dependencies, ...manifest.devDependencies };
  const ours = Object.keys(all).filter((d) => d.startsWith('@wwe-kit/')) as PackageName[];
  // The workspace package depends on the simulator: its tarball must be there too.
  if (ours.includes('@wwe-kit/workspace') && !ours.includes('@wwe-kit/simulator'))
    ours.push('@wwe-kit/simulator');
  if (!ours.includes('@wwe-kit/core')) ours.push('@wwe-kit/core');
  const registry = Object.fromEntries(
    Object.entries(all).filter(([d]) => !d.startsWith('@wwe-kit/')),
  );
  const project = await createProject(ours, registry, { scripts: manifest.scripts ?? {} });
  for (const file of recipeFiles(name))
    if (file !== 'package.json')
      project.write(file, readFileSync(path.join(RECIPES, name, file), 'utf8'));
  for (const [to, from] of Object.entries(app))
    cpSync(path.join(ROOT, from), path.join(project.dir, to), { recursive: true });
  return project;
}
