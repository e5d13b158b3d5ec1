/**
 * Stable error codes of {@link WorkspaceError}:
 *
 * - `TIMEOUT`: no reply within the timeout;
 * - `HOST_ERROR`: Workspace answered with an error message (in `hostMessage`);
 * - `RATE_LIMITED`: Workspace's rate limit for that request type was reached;
 * - `QUARANTINED`: refused locally while Workspace ignores that request type;
 * - `ABORTED`: the request's `signal` aborted;
 * - `DISPOSED`: the client was disposed;
 * - `NOT_EMBEDDED`: there is no Workspace window to talk to;
 * - `ORIGIN_MISMATCH`: the page showing this app is not an allowed Workspace origin (nothing is
 *   sent to it);
 * - `NOT_ALLOWED`: Workspace said (`system.getAllowedServices`) this origin may not call the
 *   request; it is not sent (`hint` names the option line to add);
 * - `INVALID_ARGUMENT`: a bad request name, parameters, topic, handler or option;
 * - `BAD_REPLY`: the reply came from Workspace but was refused as unsafe (prototype-pollution
 *   keys, too deep, over `maxPayloadNodes` values, or an over-long string); its data is never
 *   exposed.
 *
 * @example
 * if (isWorkspaceError(e) && e.code === 'TIMEOUT') retry();
 */
export type WorkspaceErrorCode =
  | 'TIMEOUT'
  | 'HOST_ERROR'
  | 'RATE_LIMITED'
  | 'QUARANTINED'
  | 'ABORTED'
  | 'DISPOSED'
  | 'NOT_EMBEDDED'
  | 'ORIGIN_MISMATCH'
  | 'NOT_ALLOWED'
  | 'INVALID_ARGUMENT'
  | 'BAD_REPLY';

const BRAND = Symbol.for('wwe-kit.WorkspaceError');

/**
 * The one error type of wwe-kit, with a stable `code`. `request` names the request it concerns;
 * `hostMessage` carries Workspace's `errorMessage` for `HOST_ERROR` and `RATE_LIMITED`;
 * `quarantineSeconds` tells how long Workspace ignores that request type (`0` = for ever).
 *
 * @example
 * try {
 *   await client.voice.dial('5001');
 * } catch (e) {
 *   if (isWorkspaceError(e) && e.code === 'RATE_LIMITED') toast(`Wait ${e.quarantineSeconds}s`);
 * }
 */
export class WorkspaceError extends Error {
  override readonly name = 'WorkspaceError';
  readonly code: WorkspaceErrorCode;
  // Class fields: own properties, `undefined` unless the constructor's details give them.
  readonly request: string | undefined;
  readonly hostMessage: unknown;
  readonly quarantineSeconds: number | undefined;
  /** When a quarantine ends (ms since the epoch); `Infinity` for ever. */
  readonly retryAt: number | undefined;
  /** Workspace's whole error message, for a request of the legacy `genesys.wwe.service` shim. */
  readonly reply: unknown;
  /**
   * The likely cause and its fix, for `TIMEOUT`, `NOT_ALLOWED` and `ORIGIN_MISMATCH`: e.g. the
   * exact `service-client-api.accepted-web-content-origins` line Workspace's administrator adds.
   */
  readonly hint: string | undefined;

  constructor(
    code: WorkspaceErrorCode,
    message: string,
    {
      cause,
      ...details
    }: {
      request?: string;
      hostMessage?: unknown;
      quarantineSeconds?: number;
      retryAt?: number;
      reply?: unknown;
      hint?: string;
      cause?: unknown;
    } = {},
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.code = code;
    Object.assign(this, details, { [BRAND]: true });
  }
}

/**
 * Whether `e` is a {@link WorkspaceError}, also when it comes from another copy of wwe-kit or
 * another realm (where `instanceof` fails). Pass a code to also check it.
 *
 * @example
 * catch (e) { if (isWorkspaceError(e, 'QUARANTINED')) showCountdown(e.retryAt); }
 */
export function isWorkspaceError(e: unknown, code?: WorkspaceErrorCode): e is WorkspaceError {
  return (
    typeof e === 'object' &&
    e !== null &&
    (e as any)[BRAND] === true &&
    typeof (e as any).code === 'string' &&
    (code === undefined || (e as any).code === code)
  );
}

const RATE_LIMIT =
  /^The rate limit for the request '([^']+)' has been reached\.\s*Further requests of the same type will be ignored for (\d+) seconds?\.?$/;

/**
 * Recognizes Workspace's rate-limit error text and returns the request it names and the
 * quarantine in seconds, or `undefined` for any other message.
 *
 * @example
 * parseRateLimitMessage("The rate limit for the request 'voice.dial' has been reached.\nFurther requests of the same type will be ignored for 30 seconds.");
 * // { request: 'voice.dial', seconds: 30 }
 */
export function parseRateLimitMessage(
  message: unknown,
): { request: string; seconds: number } | undefined {
  if (typeof message !== 'string' || message.length > 500) return undefined;
  const m = RATE_LIMIT.exec(message);
  return m ? { request: m[1]!, seconds: Number(m[2]) } : undefined;
}
