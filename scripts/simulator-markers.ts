import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Strings of `@wwe-kit/simulator`'s code only (its host's userAgent, an error text and a call
 * result): the samples' tests look for them in their production builds, which must hold none.
 */
export const SIMULATOR_MARKERS = [
  'WWE Server',
  'only a live interaction takes user data',
  'Answering Machine Detected',
];

/** Every file under `dir`, as [path, text]. */
export function filesOf(dir: string): [string, string][] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(f).isFile())
    .map((f) => [f, readFileSync(f, 'utf8')]);
}

/** The text of the simulator's built code (and sources, when shipped), resolved from `from`. */
export function simulatorCode(from: string): string {
  const simulator = path.dirname(createRequire(from).resolve('@wwe-kit/simulator/package.json'));
  return ['dist', 'src']
    .map((d) => path.join(simulator, d))
    .filter((d) => existsSync(d))
    .flatMap(filesOf)
    .map(([, text]) => text)
    .join('\n');
}

/** `"<marker> in <file>"` for every simulator marker found under `dir` (a build). */
export function simulatorMarkersIn(dir: string): string[] {
  return filesOf(dir).flatMap(([file, text]) =>
    SIMULATOR_MARKERS.filter((m) => text.includes(m)).map(
      (m) => `${m} in ${path.relative(dir, file)}`,
    ),
  );
}

/**
 * The production build at `dist` (a sample's `vite build` / `ng build` output) is there and holds
 * no simulator code: throws naming what is wrong. `build` is the command that makes it.
 */
export function assertNoSimulatorIn(dist: string, build: string): void {
  if (!existsSync(dist)) throw new Error(`No build: run \`${build}\` first (turbo does it)`);
  if (!filesOf(dist).some(([f]) => f.endsWith('.js')))
    throw new Error(`No JavaScript in ${dist}: not a build`);
  const found = simulatorMarkersIn(dist);
  if (found.length) throw new Error(`Simulator code in the production build: ${found.join('; ')}`);
}

/** Throws unless every marker is in the simulator's code (resolved from `from`). */
export function assertMarkersAreSimulatorCode(from: string): void {
  const code = simulatorCode(from);
  const missing = SIMULATOR_MARKERS.filter((m) => !code.includes(m));
  if (missing.length) throw new Error(`Not in the simulator's code: ${missing.join(', ')}`);
}
