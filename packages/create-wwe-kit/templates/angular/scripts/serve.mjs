// `npm run dev:app` and `npm run preview`: `ng serve` sending the header that lets only the app's
// Workspace origins frame it (`Content-Security-Policy: frame-ancestors`, against clickjacking):
// the list of src/environments/workspace-origins.json, the one the client talks to.
//
//   node scripts/serve.mjs                      the development build on http://localhost:4200
//   node scripts/serve.mjs --production         the production build (its origins), same port
//   node scripts/serve.mjs --port 4173          another port
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { production: { type: 'boolean' }, port: { type: 'string', default: '4200' } },
});
const build = values.production ? 'production' : 'development';
const origins = JSON.parse(readFileSync(new URL('../src/environments/workspace-origins.json', import.meta.url), 'utf8'))[build];

const ng = spawn(
  process.execPath,
  [
    createRequire(import.meta.url).resolve('@angular/cli/bin/ng.js'),
    'serve',
    '--port',
    values.port,
    '--configuration',
    build,
    '--headers',
    `Content-Security-Policy=frame-ancestors ${origins.join(' ')}`,
  ],
  { stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => ng.kill(signal));
ng.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
