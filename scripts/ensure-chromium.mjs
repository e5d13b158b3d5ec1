#!/usr/bin/env node
/**
 * `pnpm test` runs through this: browser tests need a Chromium (they never download one). It looks
 * for `CHROMIUM_PATH`, Debian's `/usr/bin/chromium`, then Chromium or Chrome elsewhere on the PATH;
 * when there is none it installs Debian's Chromium if it can (root, apt-get), and otherwise stops
 * at once with the exact command to run. Then it runs the command it was given (the tests) with
 * `CHROMIUM_PATH` set to what it found.
 *
 * Usage: node scripts/ensure-chromium.mjs [command args...]
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const CANDIDATES = [
  '/usr/bin/chromium',
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'chrome',
];

const executable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const onPath = (name) =>
  name.startsWith('/')
    ? executable(name) && name
    : (process.env.PATH ?? '')
        .split(delimiter)
        .map((dir) => join(dir, name))
        .find(executable);

function findChromium() {
  const given = process.env.CHROMIUM_PATH;
  if (given) {
    if (executable(given)) return given;
    console.error(`CHROMIUM_PATH is ${given}, which is not an executable file.`);
    process.exit(1);
  }
  for (const name of CANDIDATES) {
    const found = onPath(name);
    if (found) return found;
  }
  return undefined;
}

let chromium = findChromium();
if (!chromium) {
  const install = 'apt-get update && apt-get install -y chromium';
  const isRoot = process.getuid?.() === 0;
  if (isRoot && onPath('apt-get')) {
    console.log(`No Chromium found: installing Debian's (${install})`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [['update'], ['install', '-y', 'chromium']]) {
      const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
      if (r.status !== 0) {
        console.error(
          `\n"apt-get ${args.join(' ')}" failed. Install Chromium, then run pnpm test again.`,
        );
        process.exit(1);
      }
    }
    chromium = findChromium();
  }
  if (!chromium) {
    console.error(
      [
        'The browser tests need Chromium, and none was found (CHROMIUM_PATH, /usr/bin/chromium,',
        "chromium or google-chrome on the PATH). Install Debian's Chromium:",
        '',
        `  sudo sh -c '${install}'`,
        '',
        'or point to a Chromium or Chrome you have:',
        '',
        '  CHROMIUM_PATH=/path/to/chrome pnpm test',
      ].join('\n'),
    );
    process.exit(1);
  }
}

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.log(chromium);
  process.exit(0);
}
const r = spawnSync(command, args, {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium },
  shell: process.platform === 'win32',
});
process.exit(r.status ?? 1);
