/**
 * A parsed `service-client-api.accepted-web-content-origins`: for each accepted origin (or `*`),
 * its request filter, or `null` when it has none (everything but `auth.getJwtToken`).
 *
 * @example
 * const policy = parseAcceptedOrigins('http://s0, http://s2 (agent.*, voice.dial)');
 * policy.get('http://s2'); // ['agent.*', 'voice.dial']
 */
export type OriginPolicy = ReadonlyMap<string, readonly string[] | null>;

const normalize = (origin: string) => {
  if (origin === '*') return origin;
  try {
    const o = new URL(origin).origin;
    return o === 'null' ? origin : o;
  } catch {
    return origin.replace(/\/+$/, '');
  }
};

/**
 * Parses the accepted-origins option: comma-separated entries, each an origin or `*`, optionally
 * followed by a parenthesised, comma-separated filter of request names, `namespace.*` or `*`.
 * An empty value accepts nothing. The first entry of an origin wins.
 *
 * @example
 * parseAcceptedOrigins('http://my-web-server0, http://my-web-server1 (*)').size; // 2
 */
export function parseAcceptedOrigins(value: string | undefined): OriginPolicy {
  const policy = new Map<string, readonly string[] | null>();
  if (!value) return policy;
  for (const entry of value.match(/[^,(]+(?:\([^)]*\))?/g) ?? []) {
    const m = /^\s*([^\s(]+)\s*(?:\(([^)]*)\))?\s*$/.exec(entry);
    if (!m) continue;
    const origin = normalize(m[1]!);
    const filter =
      m[2] === undefined
        ? null
        : m[2]
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
    if (!policy.has(origin)) policy.set(origin, filter);
  }
  return policy;
}

/**
 * The filter that applies to a page's origin: its own entry, else the `*` entry; `undefined`
 * when the origin is refused. Opaque origins (`"null"`, sandboxed frames) are always refused.
 *
 * @example
 * filterForOrigin(parseAcceptedOrigins('*'), 'https://crm.example.com'); // null (no filter)
 */
export function filterForOrigin(
  policy: OriginPolicy,
  origin: string,
): readonly string[] | null | undefined {
  if (origin === 'null' || !origin) return undefined;
  if (policy.has(origin)) return policy.get(origin);
  return policy.has('*') ? policy.get('*') : undefined;
}

/**
 * Whether a filter allows a request: exact names, `namespace.*` and `*`; `null` allows every
 * request. `auth.getJwtToken` is allowed only when named explicitly.
 *
 * @example
 * filterAllows(['agent.*', 'voice.dial'], 'agent.setState'); // true
 * filterAllows(['*'], 'auth.getJwtToken'); // false
 */
export function filterAllows(filter: readonly string[] | null, request: string): boolean {
  if (request === 'auth.getJwtToken') return filter !== null && filter.includes(request);
  if (filter === null) return true;
  return filter.some(
    (f) => f === '*' || f === request || (f.endsWith('.*') && request.startsWith(f.slice(0, -1))),
  );
}
