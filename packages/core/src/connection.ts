import { acceptLine } from './rules';
import { createStore, type ReadableStore } from './store';
import type { TransportStatus } from './window-transport';

/**
 * Where the connection to Workspace stands:
 *
 * - `connecting`: asked, no answer yet;
 * - `connected`: Workspace answered;
 * - `not-embedded`: no Workspace window (the app is not shown by Workspace);
 * - `origin-mismatch`: the page showing the app is not an allowed Workspace origin: nothing is
 *   sent to it;
 * - `invalid-origin`: the client's `hostOrigin` is not an origin (a path, `'*'` without
 *   `unsafeAllowAnyOrigin`, none at all): nothing is sent, every request fails with
 *   `INVALID_ARGUMENT`;
 * - `silent`: nothing answered within `silentAfterMs`. Workspace ignores an origin missing from
 *   `service-client-api.accepted-web-content-origins`: `hint` gives the line to add. (A late
 *   answer still turns it `connected`.)
 *
 * @example
 * client.connection.subscribe((c) => c.status === 'silent' && showBanner(c.message, c.hint));
 */
export type ConnectionStatus =
  'connecting' | 'connected' | 'not-embedded' | 'origin-mismatch' | 'invalid-origin' | 'silent';

/**
 * The connection's state: its status, what it means and how to fix it, and what Workspace lets
 * this app call.
 *
 * @example
 * const { status, message, hint, allowedServices } = client.connection.get();
 */
export interface ConnectionState {
  status: ConnectionStatus;
  /** Workspace's origin, once known. */
  origin: string | undefined;
  /** What the status means, in a sentence. */
  message: string;
  /** The likely cause and its fix (`silent`, `origin-mismatch`, `not-embedded`, `invalid-origin`). */
  hint: string | undefined;
  /** The requests Workspace lets this origin call (`system.getAllowedServices`), once known. */
  allowedServices: readonly string[] | undefined;
}

/** The pieces of a client a connection needs. */
export interface ConnectionDeps {
  /** Sends `system.getAllowedServices`, never timing out. */
  probe(): Promise<unknown>;
  transport(): TransportStatus | undefined;
  /** This app's own origin. */
  selfOrigin(): string | undefined;
  silentAfterMs: number;
  log?: ((message: string) => void) | undefined;
  /** Told once of the first problem status (`origin-mismatch`, `invalid-origin`, `silent`). */
  warn?: ((message: string) => void) | undefined;
}

/** The statuses the client warns of (once): a misconfiguration the developer must fix. */
const PROBLEMS: readonly ConnectionStatus[] = ['origin-mismatch', 'invalid-origin', 'silent'];

/**
 * The connection state of one client (its `client.connection` store): started by the first
 * subscriber (or `client.can()`), told by the client of every message Workspace sends.
 */
export function createConnection(deps: ConnectionDeps) {
  let state: ConnectionState = {
    status: 'connecting',
    origin: undefined,
    message: 'Connecting…',
    hint: undefined,
    allowedServices: undefined,
  };
  let started = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let heardFrom = false;
  let said = false;
  /** Debug logging says the diagnosis once. */
  const say = (text: string) => {
    if (!said) deps.log?.(text);
    said = true;
  };
  const { store, notify } = createStore(
    () => state,
    () => start(),
  );
  let warned = false;
  const set = (next: Partial<ConnectionState>) => {
    state = { ...state, ...next };
    if (!warned && next.status && PROBLEMS.includes(next.status)) {
      warned = true;
      try {
        deps.warn?.(`${state.message} ${state.hint ?? ''}`.trim());
      } catch {
        /* a logger's failure is its own */
      }
    }
    notify();
  };
  const silentHint = () =>
    `Workspace ignores origins it does not accept; its administrator sets: ${acceptLine(deps.selfOrigin())}`;

  function start(): void {
    if (started) return;
    started = true;
    const t = deps.transport();
    if (t?.invalid)
      return set({
        status: 'invalid-origin',
        message: `The client's hostOrigin is unusable: nothing is sent. ${t.invalid}`,
        hint: "Set hostOrigin to Workspace's exact origin(s), e.g. 'https://wwe.example.com'",
      });
    if (t && !t.embedded)
      return set({
        status: 'not-embedded',
        message: 'Not shown by Workspace.',
        hint: 'Open it in Workspace, or run: npx @wwe-kit/workspace --app <its URL>',
      });
    if (t?.mismatch)
      return set({
        status: 'origin-mismatch',
        message: `Shown by ${t.mismatch}, not an allowed Workspace origin: nothing is sent.`,
        hint: `Allowed: ${t.allowed.join(', ')}`,
      });
    if (heardFrom) connected();
    else
      timer = setTimeout(() => {
        if (state.status !== 'connecting') return;
        set({ status: 'silent', message: 'Workspace does not answer.', hint: silentHint() });
        say(silentHint());
      }, deps.silentAfterMs);
    deps.probe().then(
      (list) =>
        set({
          allowedServices: Array.isArray(list)
            ? list.filter((x): x is string => typeof x === 'string')
            : undefined,
        }),
      () => {},
    );
  }
  function connected(): void {
    clearTimeout(timer);
    set({
      status: 'connected',
      origin: deps.transport()?.origin,
      message: 'Connected.',
      hint: undefined,
    });
  }
  return {
    store: store as ReadableStore<ConnectionState>,
    start,
    /** The client heard a valid message from Workspace (called for every one: kept cheap). */
    heard(): void {
      heardFrom = true;
      if (started && state.status !== 'connected') connected();
    },
    /** The hint of a request that timed out. */
    timeoutHint(request: string): string {
      if (!heardFrom) return silentHint();
      const origin = deps.selfOrigin();
      return `Workspace answers, but not '${request}': this origin's request filter leaves it out? Set: ${acceptLine(origin, request)}`;
    },
    allowedServices: () => state.allowedServices,
    say,
    stop(): void {
      clearTimeout(timer);
    },
  };
}
