import { describe, expect, it } from 'vitest';
import { FIELD_CODES, substituteFieldCodes, unresolvedNotice } from '../src/shared/field-codes';

const agent = { username: 'ada.l', firstname: 'Ada', lastname: 'Lovelace', employeeId: 'E 42' };

describe('substituteFieldCodes', () => {
  it('substitutes the Agent codes, URL-encoded, in any view', () => {
    expect(
      substituteFieldCodes(
        'https://crm/$Agent.UserName$?f=$Agent.FirstName$&l=$Agent.LastName$&n=$Agent.FullName$&e=$Agent.EmployeeId$',
        { agent },
      ),
    ).toEqual({
      url: 'https://crm/ada.l?f=Ada&l=Lovelace&n=Ada%20Lovelace&e=E%2042',
      unresolved: [],
    });
    expect(substituteFieldCodes('x=$Agent.FullName$', { agent: { lastname: 'Solo' } }).url).toBe(
      'x=Solo',
    );
  });

  it('substitutes the Interaction and Contact codes in an interaction view', () => {
    const call = {
      interactionId: '7',
      caseId: 'c-1',
      media: 'voice',
      direction: 'IN',
      ani: '+1 555',
      dnis: '8000',
      userData: { FirstName: 'Grace', LastName: 'Hopper & co' },
    };
    const url =
      'i=$Interaction.Id$&c=$Interaction.CaseId$&t=$Interaction.Type$&p=$Interaction.MainParty$&f=$Contact.FirstName$&l=$Contact.LastName$';
    expect(substituteFieldCodes(url, { agent, interaction: call }).url).toBe(
      'i=7&c=c-1&t=voice&p=%2B1%20555&f=Grace&l=Hopper%20%26%20co',
    );
    // Dialled: the main party is the number called; no contact: empty.
    expect(
      substituteFieldCodes('p=$Interaction.MainParty$&f=$Contact.FirstName$', {
        agent,
        interaction: { ...call, direction: 'OUT', userData: {} },
      }).url,
    ).toBe('p=8000&f=');
    // Chat and email: the sender; a contact object wins over user data.
    expect(
      substituteFieldCodes('p=$Interaction.MainParty$&f=$Contact.FirstName$', {
        agent,
        interaction: {
          interactionId: '8',
          media: 'email',
          from: 'ada@example.com',
          contact: { firstName: 'Ada' },
          userData: { FirstName: 'Other' },
        },
      }).url,
    ).toBe('p=ada%40example.com&f=Ada');
    expect(
      substituteFieldCodes('p=$Interaction.MainParty$', {
        agent,
        interaction: { interactionId: '9', media: 'chat', parties: [{ name: 'Ada C' }] },
      }).url,
    ).toBe('p=Ada%20C');
  });

  it('leaves unknown codes, and interaction codes of a Workspace-level view, as written', () => {
    expect(
      substituteFieldCodes('u=$Agent.UserName$&x=$Foo.Bar$&y=$Foo.Bar$&i=$Interaction.Id$&d=$5', {
        agent,
      }),
    ).toEqual({
      url: 'u=ada.l&x=$Foo.Bar$&y=$Foo.Bar$&i=$Interaction.Id$&d=$5',
      unresolved: [
        { code: '$Foo.Bar$', reason: 'unknown' },
        { code: '$Interaction.Id$', reason: 'interaction-only' },
      ],
    });
    expect(unresolvedNotice('CRM', { code: '$Foo.Bar$', reason: 'unknown' })).toBe(
      'View CRM: unknown field code $Foo.Bar$ left as written in its URL',
    );
    expect(
      unresolvedNotice('CRM', { code: '$Interaction.Id$', reason: 'interaction-only' }),
    ).toMatch(/^View CRM: \$Interaction\.Id\$ is an interaction field code/);
  });

  it('a value holding $ is not taken for a code', () => {
    expect(substituteFieldCodes('$Agent.UserName$', { agent: { username: '$Foo.Bar$' } })).toEqual({
      url: '%24Foo.Bar%24',
      unresolved: [],
    });
    expect(FIELD_CODES).toContain('$Contact.LastName$');
  });
});
