import { describe, expect, it } from 'vitest';
import { readConfig, securityLines, withSecurity } from '../src/shared/config';
import { maskMessage as maskUserData } from '@wwe-kit/core/recording';

describe('readConfig', () => {
  it('reads views of both levels, with their display mode (default tab)', () => {
    const { views, options, problems } = readConfig(`[interaction-workspace]
workspace.web-content=Crm, Phone
interaction.web-content=Notes
service-client-api.rate-limit.voice.dial=2
[Crm]
label=My CRM
url=http://crm/
mode=Popup
[Phone]
url=http://phone/
mode=hidden
[Notes]
label=Notes
url=http://notes/?id=$Interaction.Id$`);
    expect(problems).toEqual([]);
    expect(options['service-client-api.rate-limit.voice.dial']).toBe('2');
    expect(views).toEqual([
      { section: 'Crm', label: 'My CRM', url: 'http://crm/', mode: 'popup', level: 'workspace' },
      {
        section: 'Phone',
        label: 'Phone',
        url: 'http://phone/',
        mode: 'hidden',
        level: 'workspace',
      },
      {
        section: 'Notes',
        label: 'Notes',
        url: 'http://notes/?id=$Interaction.Id$',
        mode: 'tab',
        level: 'interaction',
      },
    ]);
  });

  it('reports a view without url, an unknown mode and an unreplaced placeholder', () => {
    const { views, problems } = readConfig(`workspace.web-content=A,B,C
[B]
url=http://b/
mode=floating
[C]
url={{react-sample}}/`);
    expect(views.map((v) => [v.section, v.mode])).toEqual([['B', 'tab']]);
    expect(problems).toHaveLength(3);
  });
});

describe('security options', () => {
  it('replaces only the service-client-api.* options', () => {
    const options = { 'workspace.web-content': 'A', 'service-client-api.rate-limit': '5' };
    const next = withSecurity(options, 'service-client-api.rate-limit.voice.dial=2');
    expect(next).toEqual({
      'workspace.web-content': 'A',
      'service-client-api.rate-limit.voice.dial': '2',
    });
    expect(securityLines(next)).toBe('service-client-api.rate-limit.voice.dial=2');
    expect(() => withSecurity(options, 'workspace.web-content=B')).toThrow(/Not a security option/);
  });
});

describe('the inspector masks with the core (maskMessage)', () => {
  it('masks user data in events, results and request parameters, keeping the keys', () => {
    expect(
      maskUserData({
        event: 'interaction',
        data: { interaction: { interactionId: '1', userData: { Segment: 'gold' } } },
      }),
    ).toEqual({
      event: 'interaction',
      data: { interaction: { interactionId: '1', userData: { Segment: '•••' } } },
    });
    expect(
      maskUserData({ request: 'interaction.setUserData', parameters: ['1', { Note: 'secret' }] }),
    ).toEqual({
      request: 'interaction.setUserData',
      parameters: ['1', { Note: '•••' }],
    });
    expect(maskUserData({ request: 'voice.dial', parameters: ['5001', { Origin: 'x' }] })).toEqual({
      request: 'voice.dial',
      parameters: ['5001', { Origin: '•••' }],
    });
    expect(maskUserData({ request: 'agent.getState' })).toEqual({ request: 'agent.getState' });
  });
});
