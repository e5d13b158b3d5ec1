import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseWorkspaceIni } from '@wwe-kit/simulator';
import { describe, expect, it } from 'vitest';
import { ConfigFileError, loadConfig } from '../src/node/config-file';
import { workspaceIniTemplate, workspaceSeedTemplate } from '../src/node/init-template';

const dir = mkdtempSync(path.join(tmpdir(), 'wwe-config-'));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('loadConfig', () => {
  it('--app: each app a tab view whose exact origin is accepted', () => {
    const { options, views, config } = loadConfig({
      apps: [
        { url: 'http://localhost:5173/' },
        { url: 'https://crm.test:8443/x', mode: 'popup', label: 'CRM' },
      ],
    });
    expect(options['service-client-api.accepted-web-content-origins']).toBe(
      'http://localhost:5173, https://crm.test:8443',
    );
    expect(views.map((v) => [v.label, v.url, v.mode, v.level])).toEqual([
      ['localhost:5173', 'http://localhost:5173/', 'tab', 'workspace'],
      ['CRM', 'https://crm.test:8443/x', 'popup', 'workspace'],
    ]);
    expect(config.source).toBe('--app');
  });

  it('--app with an INI file: the apps join its views; its origin filters stay', () => {
    const ini = file(
      'filters.ini',
      'workspace.web-content=Crm\nservice-client-api.accepted-web-content-origins=http://crm.test (agent.*, voice.dial)\n[Crm]\nurl=http://crm.test/\n',
    );
    const { options, views } = loadConfig({
      config: ini,
      apps: [{ url: 'http://localhost:5173/' }],
    });
    expect(views.map((v) => v.section)).toEqual(['Crm', 'App1']);
    expect(options['service-client-api.accepted-web-content-origins']).toBe(
      'http://crm.test (agent.*, voice.dial), http://localhost:5173',
    );
    // An origin already listed (with its filter) is not listed again without it.
    const again = loadConfig({ config: ini, apps: [{ url: 'http://crm.test/other' }] });
    expect(again.options['service-client-api.accepted-web-content-origins']).toBe(
      'http://crm.test (agent.*, voice.dial)',
    );
  });

  it('a malformed INI: a ConfigFileError with the file, the line and the reason', () => {
    const ini = file('bad.ini', '; comment\n[interaction-workspace]\n\nno equals sign here\n');
    const error = (() => {
      try {
        loadConfig({ config: ini });
      } catch (e) {
        return e;
      }
    })() as ConfigFileError;
    expect(error).toBeInstanceOf(ConfigFileError);
    expect(error.line).toBe(4);
    expect(error.reason).toBe('not an option line: no equals sign here');
    expect(error.message).toMatch(/bad\.ini:4: not an option line/);
  });

  it('a missing file, a bad URL or mode: clear errors', () => {
    expect(() => loadConfig({ config: path.join(dir, 'nope.ini') })).toThrow(
      /cannot read the config file/,
    );
    expect(() => loadConfig({ apps: [{ url: 'localhost:5173' }] })).toThrow(
      /only http: and https:|not an absolute URL/,
    );
    expect(() => loadConfig({ apps: [{ url: 'javascript:alert(1)' }] })).toThrow(
      /only http: and https:/,
    );
    expect(() => loadConfig({ apps: [{ url: 'http://a.test/', mode: 'big' as never }] })).toThrow(
      /--mode big/,
    );
  });

  it('seed: the [wwe-kit] keys over the YAML file its seed= names', () => {
    file(
      's.yaml',
      'agent: { firstName: Grace, lastName: Hopper }\ninteractions:\n  - { type: voice, ani: "5551234", userData: { Segment: Gold } }\n',
    );
    const ini = file(
      'seeded.ini',
      '[wwe-kit]\nagent.first-name=Ada\nmedia=voice, chat\nnot-ready-reasons=Break:1511, Long lunch:1512\nseed=s.yaml\n',
    );
    const { config, files } = loadConfig({ config: ini });
    expect(config.seed).toEqual({
      agent: { firstName: 'Grace', lastName: 'Hopper' },
      media: ['voice', 'chat'],
      notReadyReasons: [
        { name: 'Break', code: '1511' },
        { name: 'Long lunch', code: '1512' },
      ],
      interactions: [{ type: 'voice', ani: '5551234', userData: { Segment: 'Gold' } }],
    });
    expect(files).toEqual([ini, path.join(dir, 's.yaml')]);
  });

  it('a bad seed file: its file and line, or what is wrong in it', () => {
    file('broken.yaml', 'interactions:\n  - type: voice\n   bad: indent\n');
    expect(() => loadConfig({ seed: path.join(dir, 'broken.yaml') })).toThrow(/broken\.yaml:3: /);
    file('wrong.json', '{ "interactions": [{ "type": "fax" }] }');
    expect(() => loadConfig({ seed: path.join(dir, 'wrong.json') })).toThrow(
      /interactions\[0\]\.type must be one of voice, chat, email/,
    );
    expect(() => loadConfig({ seed: { agnt: {} } as never })).toThrow(/unknown seed key "agnt"/);
    const reasons = file('reasons.ini', '[wwe-kit]\nnot-ready-reasons=Break\n');
    expect(() => loadConfig({ config: reasons })).toThrow(/"Break" is not Name:code/);
  });

  it('placeholders {{name}} are replaced (programmatic use)', () => {
    const ini = file('ph.ini', 'workspace.web-content=A\n[A]\nurl={{app}}/\n');
    expect(
      loadConfig({ config: ini, placeholders: { app: 'http://127.0.0.1:4000' } }).views[0]?.url,
    ).toBe('http://127.0.0.1:4000/');
  });

  it('the init templates parse, name every security option and seed the outbound campaign', () => {
    const ini = workspaceIniTemplate('http://localhost:4200/');
    const options = parseWorkspaceIni(ini);
    expect(options['service-client-api.accepted-web-content-origins']).toBe(
      'http://localhost:4200',
    );
    for (const name of [
      'rate-limit',
      'rate-limit-quarantine-delay',
      'user-data.read-allowed',
      'user-data.write-allowed',
    ])
      expect(options[`service-client-api.${name}`]).toBeDefined();
    expect(ini).toMatch(/service-client-api\.rate-limit\.voice\.dial=/);
    file('workspace.ini', ini);
    file('workspace.seed.yaml', workspaceSeedTemplate());
    const { config, views, problems } = loadConfig({ config: path.join(dir, 'workspace.ini') });
    expect(problems).toEqual([]);
    expect(views.map((v) => v.url)).toEqual(['http://localhost:4200/']);
    expect(config.seed.campaigns?.[0]?.records?.length).toBe(2);
    expect(config.seed.targets?.length).toBeGreaterThan(0);
  });
});
