/**
 * Workspace's Service Client API security rules, written once: the option names, the parsing of
 * `service-client-api.accepted-web-content-origins` with its request filters, the wildcard
 * matching of request names and the `auth.getJwtToken` rule. The core (`client.can()`, the
 * `NOT_ALLOWED` check, the connection hints), the simulator's host and the `@wwe-kit/workspace`
 * server all use this module (through `@wwe-kit/core/internal`).
 *
 * Sources: the Service Client API page, "Security Configuration" / "Origin"
 * (https://all.docs.genesys.com/PEC-Developer/Current/SCAPI/ServiceClientAPI), the option's
 * reference (https://en.docs.genesys.com/index.php?diff=prev&oldid=312293&title=Documentation%3AHTCC%3AIWWDep%3AServiceClientAPI%3A8.5.2)
 * and the Auth namespace page (https://all.docs.genesys.com/PEC-Developer/Current/SCAPI/AuthNamespace).
 */

// Standalone so that the core's main entry (which needs only this name, for its hints) does not
// carry the whole OPTIONS object.
const ORIGINS = 'service-client-api.accepted-web-content-origins';

/**
 * The names of Workspace's `service-client-api.*` options: the type of {@link OPTIONS}.
 *
 * @example
 * const name: WorkspaceOptionNames['origins'] = 'service-client-api.accepted-web-content-origins';
 */
export interface WorkspaceOptionNames {
  /** Every `service-client-api.*` option starts with this. */
  readonly prefix: 'service-client-api.';
  /** Accepted origins, each with an optional request filter. Default: empty, nothing accepted. */
  readonly origins: typeof ORIGINS;
  /** Requests per minute, all requests together; `.<request>` appended: for one request. */
  readonly rateLimit: 'service-client-api.rate-limit';
  /** Seconds a request type is ignored once over its limit (default 30; 0 = for ever). */
  readonly quarantineDelay: 'service-client-api.rate-limit-quarantine-delay';
  /** User-data keys apps may read (default `*`). */
  readonly readAllowed: 'service-client-api.user-data.read-allowed';
  /** User-data keys `setUserData` / `deleteUserData` may write (default `*`). */
  readonly writeAllowed: 'service-client-api.user-data.write-allowed';
}

/**
 * The names of Workspace's `service-client-api.*` options (section `[interaction-workspace]`,
 * set on the Workspace cluster application only).
 *
 * @example
 * const options = { [OPTIONS.origins]: 'https://crm.example.com', [OPTIONS.writeAllowed]: 'Key1' };
 */
export const OPTIONS: WorkspaceOptionNames = {
  prefix: 'service-client-api.',
  origins: ORIGINS,
  rateLimit: 'service-client-api.rate-limit',
  quarantineDelay: 'service-client-api.rate-limit-quarantine-delay',
  readAllowed: 'service-client-api.user-data.read-allowed',
  writeAllowed: 'service-client-api.user-data.write-allowed',
};

/**
 * The one request a filter must name in full: the Auth namespace page says "you must explicitly
 * define the full endpoint name", e.g. `https://genesyspureengage.github.io (*, auth.getJwtToken)`.
 * Neither `*`, nor `auth.*`, nor an origin without a filter includes it.
 *
 * @example
 * filterAllows(['auth.*'], JWT_REQUEST); // false
 */
export const JWT_REQUEST = 'auth.getJwtToken';

/**
 * An origin's request filter: its entries (`agent.get`, `agent.*`, `*`), or `null` when the origin
 * has none (every request but {@link JWT_REQUEST}).
 *
 * @example
 * const filter: RequestFilter = ['agent.*', 'voice.dial'];
 */
export type RequestFilter = readonly string[] | null;

/**
 * A parsed `service-client-api.accepted-web-content-origins`: each accepted origin (or `*`) to its
 * request filter.
 *
 * @example
 * const policy: OriginPolicy = parseAcceptedOrigins('http://s0, http://s2 (agent.*, voice.dial)');
 * policy.get('http://s2'); // ['agent.*', 'voice.dial']
 */
export type OriginPolicy = ReadonlyMap<string, RequestFilter>;

/** An origin as Workspace compares it: scheme, host and port, lowercase, no path or trailing slash. */
const normalize = (origin: string): string => {
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
 * followed by a parenthesised, comma-separated request filter (`http://s2 (agent.*, voice.dial)`).
 * An empty or missing value accepts nothing. When an origin is listed twice, its first entry wins.
 * Entries that are not an origin are skipped.
 *
 * @example
 * [...parseAcceptedOrigins('http://my-web-server0, http://my-web-server1 (*)')];
 * // [['http://my-web-server0', null], ['http://my-web-server1', ['*']]]
 */
export function parseAcceptedOrigins(value: string | undefined): OriginPolicy {
  const policy = new Map<string, RequestFilter>();
  if (typeof value !== 'string' || !value) return policy;
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
 * The request filter that applies to a page of `origin`: its own entry, else the `*` entry;
 * `undefined` when the origin is refused (Workspace then answers nothing at all). Opaque origins
 * (`"null"`: sandboxed frames, `file:` pages) are always refused.
 *
 * @example
 * filterForOrigin(parseAcceptedOrigins('*'), 'https://crm.example.com'); // null (no filter)
 * filterForOrigin(parseAcceptedOrigins(''), 'https://crm.example.com'); // undefined (refused)
 */
export function filterForOrigin(policy: OriginPolicy, origin: string): RequestFilter | undefined {
  if (!origin || origin === 'null') return undefined;
  const own = normalize(origin);
  if (policy.has(own)) return policy.get(own);
  return policy.has('*') ? policy.get('*') : undefined;
}

/**
 * Whether one filter entry names a request: the exact name, its namespace (`agent.*`) or `*`.
 * (Wildcard matching only: {@link filterAllows} adds the `auth.getJwtToken` rule.)
 *
 * @example
 * matchesRequest('agent.*', 'agent.setState'); // true
 * matchesRequest('agent.*', 'agentx.get'); // false
 */
export function matchesRequest(entry: string, request: string): boolean {
  return (
    entry === '*' ||
    entry === request ||
    (entry.endsWith('.*') && request.startsWith(entry.slice(0, -1)))
  );
}

/**
 * Whether a request filter allows a request (the same rule reads a `system.getAllowedServices`
 * list): exact names, `namespace.*` and `*`; `null` (no filter) allows every request.
 * `auth.getJwtToken` is allowed only when named in full.
 *
 * @example
 * filterAllows(['agent.*', 'voice.dial'], 'agent.setState'); // true
 * filterAllows(['*'], 'auth.getJwtToken'); // false
 * filterAllows(['*', 'auth.getJwtToken'], 'auth.getJwtToken'); // true
 */
export function filterAllows(filter: RequestFilter, request: string): boolean {
  const jwt = request === JWT_REQUEST;
  return filter ? filter.some((e) => (jwt ? e === request : matchesRequest(e, request))) : !jwt;
}

/**
 * The option line a Workspace administrator sets so that `origin` is accepted (with a filter
 * naming `request` when given): what the connection hints and `NOT_ALLOWED` errors show.
 *
 * @example
 * acceptLine('https://crm.example.com', 'voice.dial');
 * // 'service-client-api.accepted-web-content-origins=https://crm.example.com (voice.dial, …)'
 */
export function acceptLine(origin: string | undefined, request?: string): string {
  const o = origin ?? '<this app’s origin>';
  return `${ORIGINS}=${o}${request ? ` (${request}, …)` : ''}`;
}
