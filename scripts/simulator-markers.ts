import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Strings of `@wwe-kit/simulator`'s code only (its host's userAgent, an option name and a call
 * result): the samples' tests look for them in their production builds, which must hold none.
 */
export const SIMULATOR_MARKERS = [
  'WWE Server',
  'rate-limit-quarantine-delay',
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
