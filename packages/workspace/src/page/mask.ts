/** What replaces a masked user-data value. */
export const MASK = '•••';

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keys whose object values are user data wherever they appear (results, events, toasts). */
const USER_DATA_KEYS = new Set(['userData', 'keyValues', 'recordData', 'fields']);

/** Requests with user data among their parameters: the parameter's index. */
const USER_DATA_PARAMS: Record<string, number> = {
  'interaction.setUserData': 1,
  'voice.dial': 1,
  'voice.dialEx': 1,
  'email.create': 1,
  'interaction.singleStepTransfer': 2,
  'interaction.singleStepConference': 2,
  'interaction.consult': 2,
  'outbound.updateRecordFields': 1,
};

const maskValues = (v: unknown) =>
  isPlain(v) ? Object.fromEntries(Object.keys(v).map((k) => [k, MASK])) : v;

function walk(v: unknown, depth: number): unknown {
  if (depth > 32) return v;
  if (Array.isArray(v)) return v.map((x) => walk(x, depth + 1));
  if (!isPlain(v)) return v;
  return Object.fromEntries(
    Object.entries(v).map(([k, x]) => [
      k,
      USER_DATA_KEYS.has(k) && isPlain(x) ? maskValues(x) : walk(x, depth + 1),
    ]),
  );
}

/**
 * A copy of a protocol message with every user-data value replaced by {@link MASK} (keys stay
 * visible): `userData` objects anywhere, and the user-data parameters of requests.
 *
 * @example
 * maskUserData({ request: 'interaction.setUserData', parameters: ['1', { Segment: 'gold' }] });
 * // { request: 'interaction.setUserData', parameters: ['1', { Segment: '•••' }] }
 */
export function maskUserData(message: unknown): unknown {
  const masked = walk(message, 0);
  if (!isPlain(masked) || typeof masked.request !== 'string' || !Array.isArray(masked.parameters))
    return masked;
  const index = USER_DATA_PARAMS[masked.request];
  if (index === undefined) return masked;
  const parameters = masked.parameters.slice();
  parameters[index] = maskValues(parameters[index]);
  return { ...masked, parameters };
}
