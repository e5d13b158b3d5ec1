/**
 * What Workspace's field codes (`$Agent.UserName$`, `$Interaction.Id$`, ...) are read from: the
 * agent, and for an interaction view the interaction it is shown with.
 *
 * @example
 * const fields: FieldSource = { agent: snapshot.agent, interaction: selected };
 */
export interface FieldSource {
  agent: {
    username?: string | undefined;
    firstname?: string | undefined;
    lastname?: string | undefined;
    employeeId?: string | undefined;
  };
  interaction?: {
    interactionId: string;
    caseId?: string | undefined;
    media?: string | undefined;
    direction?: string | undefined;
    ani?: string | undefined;
    dnis?: string | undefined;
    parties?: readonly { name: string }[] | undefined;
    userData?: Readonly<Record<string, unknown>> | undefined;
    [key: string]: unknown;
  };
}

/** A field code left as written, and why. */
export interface UnresolvedCode {
  /** As written, e.g. `$Foo.Bar$`. */
  code: string;
  reason: 'unknown' | 'interaction-only';
}

const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/** The customer: from the interaction's `contact`, else its user data, else empty. */
function contactField(i: NonNullable<FieldSource['interaction']>, field: 'FirstName' | 'LastName') {
  const contact = i.contact as Record<string, unknown> | undefined;
  const camel = field === 'FirstName' ? 'firstName' : 'lastName';
  return (
    text(contact?.[camel]) || text(i.userData?.[field]) || text(i.userData?.[`Contact${field}`])
  );
}

/** The party the interaction is with: the caller's number (ANI), the dialled number, the sender. */
function mainParty(i: NonNullable<FieldSource['interaction']>) {
  if (i.media === 'voice') return text(i.direction === 'OUT' ? i.dnis : i.ani);
  return text(i.from) || text(i.parties?.[0]?.name);
}

const AGENT: Record<string, (a: FieldSource['agent']) => string> = {
  'Agent.UserName': (a) => text(a.username),
  'Agent.FirstName': (a) => text(a.firstname),
  'Agent.LastName': (a) => text(a.lastname),
  'Agent.FullName': (a) => [text(a.firstname), text(a.lastname)].filter(Boolean).join(' '),
  'Agent.EmployeeId': (a) => text(a.employeeId),
};

const INTERACTION: Record<string, (i: NonNullable<FieldSource['interaction']>) => string> = {
  'Interaction.Id': (i) => i.interactionId,
  'Interaction.CaseId': (i) => text(i.caseId),
  'Interaction.Type': (i) => text(i.media),
  'Interaction.MainParty': mainParty,
  'Contact.FirstName': (i) => contactField(i, 'FirstName'),
  'Contact.LastName': (i) => contactField(i, 'LastName'),
};

/**
 * The field codes wwe-kit substitutes, as written in a URL.
 *
 * @example
 * FIELD_CODES.includes('$Agent.UserName$'); // true
 */
export const FIELD_CODES: readonly string[] = [
  ...Object.keys(AGENT),
  ...Object.keys(INTERACTION),
].map((c) => `$${c}$`);

/**
 * Substitutes Workspace's field codes in a view's URL, URL-encoding each value: Agent codes
 * everywhere; Interaction and Contact codes when an interaction is given (an interaction view).
 * A code that is unknown, or an interaction code in a Workspace-level view, is left as written
 * and listed in `unresolved`.
 *
 * @example
 * substituteFieldCodes('https://crm/?u=$Agent.UserName$&x=$Foo.Bar$', { agent: { username: 'ada l' } });
 * // { url: 'https://crm/?u=ada%20l&x=$Foo.Bar$', unresolved: [{ code: '$Foo.Bar$', reason: 'unknown' }] }
 */
export function substituteFieldCodes(
  url: string,
  source: FieldSource,
): { url: string; unresolved: UnresolvedCode[] } {
  const unresolved: UnresolvedCode[] = [];
  const out = url.replace(/\$([A-Za-z]+\.[A-Za-z]+)\$/g, (code, name: string) => {
    const agent = AGENT[name];
    if (agent) return encodeURIComponent(agent(source.agent));
    const interaction = INTERACTION[name];
    if (interaction && source.interaction)
      return encodeURIComponent(interaction(source.interaction));
    if (!unresolved.some((u) => u.code === code))
      unresolved.push({ code, reason: interaction ? 'interaction-only' : 'unknown' });
    return code;
  });
  return { url: out, unresolved };
}

/**
 * What the inspector says of a code left as written in a view's URL.
 *
 * @example
 * unresolvedNotice('CRM', { code: '$Foo.Bar$', reason: 'unknown' });
 * // 'View CRM: unknown field code $Foo.Bar$ left as written in its URL'
 */
export function unresolvedNotice(view: string, u: UnresolvedCode): string {
  return u.reason === 'unknown'
    ? `View ${view}: unknown field code ${u.code} left as written in its URL`
    : `View ${view}: ${u.code} is an interaction field code: left as written in a Workspace-level view (use interaction.web-content)`;
}
