import { describe, expect, it } from 'vitest';
import { hostChecker, hostName, refusedHostMessage } from '../src/node/host-check';

describe('hostChecker (DNS rebinding)', () => {
  const allowed = hostChecker(['wwe.dev.example.test', '.team.example.test']);
  it('answers localhost, *.localhost, IP literals and the allowed names, with or without a port', () => {
    for (const host of [
      'localhost',
      'localhost:5170',
      'app.localhost:5170',
      '127.0.0.1:5170',
      '10.1.2.3',
      '[::1]:5170',
      '[::1]',
      'wwe.dev.example.test:5170',
      'WWE.DEV.EXAMPLE.TEST',
      'team.example.test',
      'ada.team.example.test:5170',
      undefined,
    ])
      expect(allowed(host), String(host)).toBe(true);
  });
  it('refuses any other name, and malformed headers', () => {
    for (const host of [
      'attacker.example.com',
      'attacker.example.com:5170',
      'localhost.attacker.example.com',
      'wwe.dev.example.test.attacker.example.com',
      'xteam.example.test',
      '[::1',
      '[not-an-ip]:5170',
      'a:b:c',
      '',
    ])
      expect(allowed(host), host).toBe(false);
  });
  it('true allows every host', () => {
    expect(hostChecker(true)('attacker.example.com')).toBe(true);
  });
  it('names the host and the flag that allows it, on one line', () => {
    expect(hostName('Attacker.Example.com:5170')).toBe('attacker.example.com');
    const message = refusedHostMessage('attacker.example.com:5170');
    expect(message).toContain('--allowed-host attacker.example.com');
    expect(message.trimEnd()).not.toContain('\n');
  });
});
