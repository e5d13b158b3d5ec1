// `npm run dev:app` and `npm run preview`: `ng serve` sending the header that lets only the app's
// Workspace origins frame it (`Content-Security-Policy: frame-ancestors`, against clickjacking):
// the list of src/environments/workspace-origins.json, the one the client talks to.
//
//   node scripts/serve.mjs                      the development build on http://localhost:4200
//   node scripts/serve.mjs --production         the production build (its origins), same port
//   node scripts/serve.mjs --port 4173          another port
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { production: { type: 'boolean' }, port: { type: 'string', default: '4200' } },
});
const build = values.production ? 'production' : 'development';
const origins = JSON.parse(readFileSync('src/environments/workspace-origins.json', 'utf8'))[build];

const cli = path.join('node_modules', '@angular', 'cli');
const { bin } = JSON.parse(readFileSync(path.join(cli, 'package.json'), 'utf8'));
const ng = spawn(
  process.execPath,
  [
    path.join(cli, typeof bin === 'string' ? bin : bin.ng),
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
