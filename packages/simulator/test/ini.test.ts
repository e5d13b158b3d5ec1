import { describe, expect, it } from 'vitest';
import { parseWorkspaceIni, readWorkspaceIni } from '../src';
import { normalizeOptions } from '../src/host/ini';
import { readSecurity } from '../src/host/security';

describe('parseWorkspaceIni', () => {
  it('reads the interaction-workspace section and names other sections Section/option', () => {
    const ini = `; Workspace application options
[interaction-workspace]
service-client-api.accepted-web-content-origins = http://my-web-server, http://s2 (agent.*)
service-client-api.rate-limit=0
voice.auto-answer=true

[crm]
# comment
url=https://crm.example.com/a=b
`;
    expect(parseWorkspaceIni(ini)).toEqual({
      'service-client-api.accepted-web-content-origins':
        'http://my-web-server, http://s2 (agent.*)',
      'service-client-api.rate-limit': '0',
      'voice.auto-answer': 'true',
      'crm/url': 'https://crm.example.com/a=b',
    });
  });
  it('rejects lines that are not options', () => {
    expect(() => parseWorkspaceIni('[interaction-workspace]\nnonsense')).toThrow(SyntaxError);
    expect(() => parseWorkspaceIni('a=1\n\n  nonsense  ')).toThrow(
      'line 3: not an option line: nonsense',
    );
  });
  it('readWorkspaceIni: every option line with its line number and section; bad lines kept, never thrown', () => {
    expect(readWorkspaceIni('; c\nkey = v \n[crm]\nurl=https://x/a=b\noops\r\n# c')).toEqual([
      { line: 2, section: 'interaction-workspace', key: 'key', value: 'v', name: 'key' },
      { line: 4, section: 'crm', key: 'url', value: 'https://x/a=b', name: 'crm/url' },
      { line: 5, section: 'crm', text: 'oops' },
    ]);
  });
  it('normalizes objects and reads defaults', () => {
    expect(normalizeOptions({ a: 1 as unknown as string })).toEqual({ a: '1' });
    const s = readSecurity({});
    expect([
      s.origins.size,
      s.rateLimit,
      s.quarantineSeconds,
      s.readAllowed,
      s.writeAllowed,
    ]).toEqual([0, 0, 30, null, null]);
    expect(
      readSecurity({ 'service-client-api.rate-limit-quarantine-delay': 'abc' }).quarantineSeconds,
    ).toBe(30);
  });
});
