/**
 * What the live stores need from the client that made them, beyond its public API: its clock, its
 * rate-limit quarantines (so a store never fetches into one) and its debug log. Kept off the
 * client object (and out of its type) in a registry keyed by the client: a client that another
 * library built (a mock in an app's tests) simply has none, and its stores fetch without waiting.
 */
export interface ClientInternals {
  /** The client's clock (ms since the epoch), the one its quarantines use. */
  now(): number;
  /** When the quarantine of `request` ends (ms; `Infinity` for ever), if it is quarantined now. */
  quarantinedUntil(request: string): number | undefined;
  /** The client's debug log, when `debug` is on. */
  log: ((message: string) => void) | undefined;
}

const registry = new WeakMap<object, ClientInternals>();

/** Records the internals of a client (called once, by `createWorkspaceClient`). */
export function registerClientInternals(client: object, internals: ClientInternals): void {
  registry.set(client, internals);
}

/** The internals of a client made by `createWorkspaceClient`, else `undefined`. */
export function clientInternals(client: object): ClientInternals | undefined {
  return registry.get(client);
}
