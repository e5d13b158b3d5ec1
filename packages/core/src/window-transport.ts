import { WorkspaceError } from './errors';
import type { Transport } from './transport';

/**
 * Options of {@link createWindowTransport}.
 *
 * @example
 * const options: WindowTransportOptions = { hostOrigin: 'https://wwe.example.com', target: 'auto' };
 */
export interface WindowTransportOptions {
  /** The exact origin of Workspace, e.g. `"https://wwe.example.com"`. `"*"` needs `unsafeAllowAnyOrigin`. */
  hostOrigin: string;
  /** `'auto'` (default): the opener if there is one, else the parent. Or the Workspace window itself. */
  target?: 'auto' | Window;
  /** Lets `hostOrigin: '*'`: any origin may answer. For local experiments only. */
  unsafeAllowAnyOrigin?: boolean;
  /** The page's own window; defaults to `globalThis.window`, read lazily (safe on a server). */
  self?: Window;
}

let warnedWildcard = false;

/**
 * Checks and normalizes a Workspace origin: an exact `scheme://host[:port]`, or `'*'` when allowed.
 *
 * @example
 * normalizeOrigin('https://wwe.example.com'); // 'https://wwe.example.com'
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
  let parsed: string | undefined;
  try {
    // A string that is its own URL's origin: no path, no trailing slash, lowercase, default port
    // omitted. ('null', the origin of file: and opaque URLs, is not a URL itself.)
    parsed = new URL(origin as string).origin;
  } catch {
    /* not a URL */
  }
  if (parsed !== origin)
    throw new WorkspaceError(
      'INVALID_ARGUMENT',
      `hostOrigin must be an exact origin (https://host[:port]), not ${JSON.stringify(origin)}`,
    );
  return origin as string;
}

/**
 * The `postMessage` transport: posts to Workspace with its exact origin as target origin, and
 * accepts only messages whose `event.source` is that window and whose `event.origin` is that origin.
 *
 * @example
 * const client = createWorkspaceClient({
 *   transport: createWindowTransport({ hostOrigin: 'https://wwe.example.com', target: window.parent }),
 * });
 */
export function createWindowTransport(options: WindowTransportOptions): Transport {
  const origin = normalizeOrigin(options.hostOrigin, options.unsafeAllowAnyOrigin);
  const self = (): Window | undefined => options.self ?? globalThis.window;
  let resolved: Window | undefined;
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
    return (resolved = found);
  };
  return {
    post(message) {
      target().postMessage(message, origin);
    },
    connect(receive, reject) {
      const me = self();
      if (!me) return () => {};
      const listener = (e: MessageEvent) => {
        let expected: Window | undefined;
        try {
          expected = target();
        } catch {
          /* not embedded: nothing is from the host */
        }
        if (!expected || e.source !== expected) return reject('source');
        if (origin !== '*' && e.origin !== origin) return reject('origin');
        receive(e.data);
      };
      me.addEventListener('message', listener);
      return () => me.removeEventListener('message', listener);
    },
  };
}
