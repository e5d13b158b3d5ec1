import { WorkspaceError } from './errors';
import type { Transport } from './transport';

/**
 * Options of {@link createWindowTransport}.
 *
 * @example
 * const options: WindowTransportOptions = { hostOrigin: 'https://wwe.example.com', target: 'auto' };
 */
export interface WindowTransportOptions {
  /**
   * The exact origin of Workspace, e.g. `"https://wwe.example.com"`, or the list of them (lab,
   * UAT, production…). `"*"` needs `unsafeAllowAnyOrigin`.
   */
  hostOrigin: string | readonly string[];
  /** `'auto'` (default): the opener if there is one, else the parent. Or the Workspace window itself. */
  target?: 'auto' | Window;
  /** Lets `hostOrigin: '*'`: any origin may answer. For local experiments only. */
  unsafeAllowAnyOrigin?: boolean;
  /** The page's own window; defaults to `globalThis.window`, read lazily (safe on a server). */
  self?: Window;
}

let warnedWildcard = false;

/**
 * Checks and normalizes a Workspace origin to its exact form `scheme://host[:port]` (what
 * `event.origin` says): a trailing slash, upper-case letters in the scheme or host and a default
 * port (`:443` for https) are normalized away, as browsers print origins in many places; a path,
 * a query, a fragment or credentials are refused (`INVALID_ARGUMENT`), as is `'*'` unless allowed.
 *
 * @example
 * normalizeOrigin('https://wwe.example.com'); // 'https://wwe.example.com'
 * normalizeOrigin('HTTPS://WWE.Example.com:443/'); // 'https://wwe.example.com'
 * normalizeOrigin('https://wwe.example.com/ui/'); // throws INVALID_ARGUMENT
 */
export function normalizeOrigin(origin: unknown, allowAny = false): string {
  if (origin === '*') {
    if (!allowAny)
      throw new WorkspaceError(
        'INVALID_ARGUMENT',
        "hostOrigin '*' needs unsafeAllowAnyOrigin: true",
      );
    if (!warnedWildcard) {
      warnedWildcard = true;
      console.warn("[wwe-kit] hostOrigin '*': any window may answer");
    }
    return '*';
  }
  let url: URL | undefined;
  try {
    url = typeof origin === 'string' ? new URL(origin.trim()) : undefined;
  } catch {
    /* not a URL */
  }
  // Nothing but an origin and at most the root path: `href` is then the origin plus `/`.
  // ('null', the origin of file: and opaque URLs, is never a Workspace origin.)
  if (!url || url.origin === 'null' || url.href !== `${url.origin}/`)
    throw new WorkspaceError(
      'INVALID_ARGUMENT',
      `hostOrigin must be an exact origin (https://host[:port]), not ${JSON.stringify(String(origin).slice(0, 200))}`,
    );
  return url.origin;
}

/**
 * Checks a list of Workspace origins (a string is a list of one): each an exact origin, at least
 * one, `'*'` only alone and with `allowAny`.
 *
 * @example
 * normalizeOrigins(['https://wwe.lab.example.com', 'https://wwe.example.com']);
 */
export function normalizeOrigins(origins: unknown, allowAny = false): string[] {
  const list = typeof origins === 'string' ? [origins] : origins;
  if (!Array.isArray(list) || list.length === 0)
    throw new WorkspaceError(
      'INVALID_ARGUMENT',
      'hostOrigin: give the exact origin of Workspace (or a list of them), e.g. https://wwe.example.com',
    );
  const out = list.map((o) => normalizeOrigin(o, allowAny));
  if (out.length > 1 && out.includes('*'))
    throw new WorkspaceError('INVALID_ARGUMENT', "hostOrigin '*' cannot be part of a list");
  return [...new Set(out)];
}

/**
 * What a transport knows of the window it talks to.
 *
 * @example
 * const { origin, mismatch } = transport.status?.() ?? {};
 */
export interface TransportStatus {
  /** Whether there is a Workspace window (an opener, a parent or the given target). */
  embedded: boolean;
  /** The allowed Workspace origins. */
  allowed: readonly string[];
  /** The origin messages go to: known from the browser, or pinned by the first answer. */
  origin: string | undefined;
  /** The embedding page's origin, when the browser tells it and it is not allowed. */
  mismatch: string | undefined;
  /** Why the client's `hostOrigin` is unusable (nothing is sent), when it is. */
  invalid?: string | undefined;
}

/**
 * The `postMessage` transport: posts to Workspace with an exact target origin and accepts only
 * messages whose `event.source` is that window and whose `event.origin` is an allowed origin.
 * With several allowed origins, the one of the embedding page is used: told by the browser
 * (`location.ancestorOrigins`, for an iframe in Chromium and Safari), else learnt safely: each
 * message goes to every allowed origin as its target origin (the browser delivers it to the
 * matching one only) until the first answer pins that origin. An embedding page whose origin is
 * known and not allowed gets nothing (`ORIGIN_MISMATCH`).
 *
 * @example
 * const client = createWorkspaceClient({
 *   transport: createWindowTransport({ hostOrigin: ['https://wwe-uat.example.com', 'https://wwe.example.com'] }),
 * });
 */
export function createWindowTransport(options: WindowTransportOptions): Transport {
  const allowed = normalizeOrigins(options.hostOrigin, options.unsafeAllowAnyOrigin);
  const self = (): Window | undefined => options.self ?? globalThis.window;
  let resolved: Window | undefined;
  let pinned: string | undefined = allowed.length === 1 ? allowed[0] : undefined;
  let mismatch: string | undefined;
  const target = (): Window => {
    if (resolved && !resolved.closed) return resolved;
    const t = options.target;
    const me = self();
    // A window that is its own parent is not embedded.
    const found: Window | null | undefined =
      t && t !== 'auto' ? t : me && (me.opener && !me.opener.closed ? me.opener : me.parent);
    if (!found || found === me || found.closed)
      throw new WorkspaceError(
        'NOT_EMBEDDED',
        'Not embedded in Workspace (no opener, parent or target)',
      );
    // The browser may tell the parent's origin (never the opener's).
    let embedder: string | undefined;
    try {
      embedder = found === me!.parent ? me!.location.ancestorOrigins?.[0] : undefined;
    } catch {
      /* no location (tests) */
    }
    if (embedder && !allowed.includes('*')) {
      if (allowed.includes(embedder)) pinned = embedder;
      else mismatch = embedder;
    }
    return (resolved = found);
  };
  const status = (): TransportStatus => {
    let embedded = true;
    try {
      target();
    } catch {
      embedded = false;
    }
    return { embedded, allowed, origin: pinned, mismatch };
  };
  return {
    status,
    post(message) {
      const t = target();
      if (mismatch)
        throw new WorkspaceError(
          'ORIGIN_MISMATCH',
          `Shown by ${mismatch}, not an allowed Workspace origin: nothing is sent`,
          { hint: `Allowed: ${allowed.join(', ')}` },
        );
      try {
        if (pinned) t.postMessage(message, pinned);
        else for (const origin of allowed) t.postMessage(message, origin);
      } catch (e) {
        if ((e as Error)?.name !== 'DataCloneError') throw e;
        throw new WorkspaceError(
          'INVALID_ARGUMENT',
          `A parameter cannot be sent: ${(e as Error).message}`,
          {
            cause: e,
          },
        );
      }
    },
    connect(receive, reject) {
      const me = self();
      if (!me) return () => {};
      const listener = (e: MessageEvent) => {
        const source = e.source;
        // From the Workspace window already found (which is not closed: it just sent this), or
        // else from the one found now.
        if (!resolved || source !== resolved) {
          let expected: Window | undefined;
          try {
            expected = target();
          } catch {
            /* not embedded: nothing is from the host */
          }
          if (!expected || source !== expected) return reject('source');
        }
        if (pinned !== '*' && e.origin !== pinned) {
          if (pinned || mismatch || !allowed.includes(e.origin)) return reject('origin');
          pinned = e.origin;
        }
        receive(e.data);
      };
      me.addEventListener('message', listener);
      return () => me.removeEventListener('message', listener);
    },
  };
}
