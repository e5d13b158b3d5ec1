// Helpful on bad input: misspelt security options, malformed accepted origins, an --app without
// a scheme and an unknown flag each name what was probably meant.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkApp, loadConfig } from '../src/node/config-file';
import { didYouMean, editDistance } from '../src/shared/did-you-mean';
import { lintSecurityOptions, originValueProblems } from '../src/shared/ini-lint';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

describe('didYouMean', () => {
  it('the nearest candidate, only when near enough', () => {
    expect(editDistance('limt', 'limit')).toBe(1);
    expect(editDistance('hsot', 'host')).toBe(1); // a swap counts once
    expect(didYouMean('--ap', ['--app', '--port', '--open'])).toBe('--app');
    expect(didYouMean('--colour', ['--app', '--port', '--open'])).toBeUndefined();
  });
});

describe('lintSecurityOptions', () => {
  it('unknown and misspelt service-client-api options, with their line and the option meant', () => {
    const warnings = lintSecurityOptions(`; comment
[interaction-workspace]
service-client-api.rate-limt=5
service-client-api.accepted-web-content-origin=http://localhost:5173
service-clients-api.user-data.read-allowed=*
service-client-api.rate-limit.voice.dial=4
service-client-api.rate-limit.voice=4
service-client-api.frobnicate=1
service-client-api.user-data.write-allowed=*
workspace.web-content=A
[A]
url=http://localhost:5173/
service-client-api.rate-limit=3
`);
    expect(warnings).toEqual([
      {
        line: 3,
        message:
          'unknown option service-client-api.rate-limt: did you mean service-client-api.rate-limit?',
      },
      {
        line: 4,
        message:
          'unknown option service-client-api.accepted-web-content-origin: did you mean service-client-api.accepted-web-content-origins?',
      },
      {
        line: 5,
        message:
          'unknown option service-clients-api.user-data.read-allowed: did you mean service-client-api.user-data.read-allowed?',
      },
      {
        line: 7,
        message:
          'service-client-api.rate-limit.voice: "voice" is not a request name (e.g. service-client-api.rate-limit.voice.dial)',
      },
      {
        line: 8,
        message: expect.stringMatching(
          /^unknown option service-client-api\.frobnicate \(known: service-client-api\.accepted-web-content-origins, /,
        ) as string,
      },
      {
        line: 13,
        message:
          'service-client-api.rate-limit in [A]: Workspace reads it only in [interaction-workspace]',
      },
    ]);
  });

  it('malformed accepted origins and filters, with the origin meant', () => {
    expect(
      originValueProblems('http://localhost:5173, https://crm.test (agent.*, voice.dial, *)'),
    ).toEqual([]);
    expect(originValueProblems('*')).toEqual([]);
    expect(originValueProblems('localhost:5173')).toEqual([
      '"localhost:5173" is not an origin: did you mean http://localhost:5173?',
    ]);
    expect(originValueProblems('crm.example.com')).toEqual([
      '"crm.example.com" is not an origin: did you mean https://crm.example.com?',
    ]);
    expect(originValueProblems('http://localhost:5173/app')).toEqual([
      '"http://localhost:5173/app" is not an origin (no path or query): did you mean http://localhost:5173?',
    ]);
    expect(originValueProblems('http://a.test (agent.*')).toEqual([
      'unbalanced parentheses: each filter is one (…) after its origin',
    ]);
    expect(originValueProblems('http://a.test (agent, voice.dial!)')).toEqual([
      '"agent" in the filter of http://a.test is not a request name, namespace.* or *',
      '"voice.dial!" in the filter of http://a.test is not a request name, namespace.* or *',
    ]);
    expect(originValueProblems('http://a.test ()')).toEqual([
      '"http://a.test ()": an empty filter accepts the origin but allows no request',
    ]);
  });

  it('loadConfig reports them as problems with the file and line (printed at start and on save)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wwe-lint-'));
    const ini = path.join(dir, 'workspace.ini');
    writeFileSync(
      ini,
      'workspace.web-content=A\nservice-client-api.accepted-web-content-origins=localhost:5173\nservice-client-api.rate-limt=5\n[A]\nurl=http://localhost:5173/\n',
    );
    expect(loadConfig({ config: ini }).problems).toEqual([
      'workspace.ini:2: service-client-api.accepted-web-content-origins: "localhost:5173" is not an origin: did you mean http://localhost:5173?',
      'workspace.ini:3: unknown option service-client-api.rate-limt: did you mean service-client-api.rate-limit?',
    ]);
    // What --app writes is clean.
    expect(loadConfig({ apps: [{ url: 'http://localhost:5173/' }] }).problems).toEqual([]);
  });
});

describe('the wwe-workspace bin', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

  it('--app without a scheme suggests the URL it probably meant', () => {
    expect(() => checkApp({ url: 'localhost:5173' })).toThrow(
      '--app localhost:5173: not an absolute URL: did you mean --app http://localhost:5173/?',
    );
    expect(() => checkApp({ url: 'crm.example.com/app' })).toThrow(
      'did you mean --app https://crm.example.com/app?',
    );
    const result = run('--app', 'localhost:5173');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^wwe-workspace: --app localhost:5173: not an absolute URL: did you mean --app http:\/\/localhost:5173\/\?\n/,
    );
  });

  it('an unknown flag suggests the nearest one', () => {
    const result = run('--ap', 'http://localhost:5173');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^wwe-workspace: unknown option --ap: did you mean --app\?\n/);
    expect(run('--alowed-host=x.test', '--app', 'http://localhost:5173').stderr).toMatch(
      /^wwe-workspace: unknown option --alowed-host: did you mean --allowed-host\?\n/,
    );
    expect(run('--colourful').stderr).toMatch(/^wwe-workspace: unknown option --colourful\n/);
    expect(run('--tolerent').stderr).toMatch(
      /^wwe-workspace: unknown option --tolerent: did you mean --tolerant\?\n/,
    );
  });

  it('--tolerant without --replay says what it is for', () => {
    const result = run('--app', 'http://localhost:5173', '--tolerant');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^wwe-workspace: --tolerant is for a replay: give the recording too \(--replay session\.json --tolerant\)\n/,
    );
  });
});
