import type { Tap, WorkspaceClient } from './client';

/**
 * One thing a client did, as {@link inspectClient} reports it: a message posted (`out`) or
 * received from Workspace's window (`in`, before it is checked), a message refused (`drop`, with
 * the reason), or a request called (`call`: its promise, its name and its reference id —
 * `undefined` when it was refused before being sent, e.g. `QUARANTINED` or `NOT_ALLOWED`).
 *
 * @example
 * const onTap = (e: TapEvent) => e.kind === 'call' && e.promise.catch((err) => show(e.name, err));
 */
export type TapEvent =
  | { kind: 'out' | 'in'; message: unknown; at: number }
  | { kind: 'drop'; reason: string; at: number }
  | {
      kind: 'call';
      name: string;
      referenceId: string | undefined;
      promise: Promise<unknown>;
      at: number;
    };

/**
 * What a client holds, live (read-only views of its own tables): the requests awaiting a reply by
 * reference id, the request types quarantined after a rate limit (name → end, ms since the epoch;
 * an ended one stays until overwritten) and the subscribed topics with their handlers.
 *
 * @example
 * const { pending } = inspectClient(client, () => {}).tables;
 * for (const [ref, p] of pending) console.log(ref, p.name);
 */
export interface ClientTables {
  pending: ReadonlyMap<string, { readonly name: string; readonly timeout?: number | undefined }>;
  quarantine: ReadonlyMap<string, number>;
  topics: ReadonlyMap<
    string,
    { readonly handlers: ReadonlySet<unknown>; readonly subscriptionId: unknown }
  >;
}

interface Hub {
  listeners: Set<(e: TapEvent) => void>;
  tables: ClientTables;
}
const hubs = new WeakMap<object, Hub>();

/**
 * Watches a client from the inside, for wwe-kit's devtools: `listener` hears every message in and
 * out, every refused message and every request called; `tables` are the client's pending
 * requests, quarantines and topics. Any number of watchers; `stop()` removes this one (the client
 * forgets the tap with the last). A listener that throws is ignored. Costs the client nothing
 * until called.
 *
 * @example
 * const watch = inspectClient(client, (e) => e.kind === 'out' && console.log(e.message));
 * watch.stop();
 */
export function inspectClient(
  client: WorkspaceClient,
  listener: (e: TapEvent) => void,
): { tables: ClientTables; stop(): void } {
  const hook = (client as unknown as { $tap?: (t: Tap | undefined) => ClientTables }).$tap;
  if (typeof hook !== 'function') throw new TypeError('inspectClient: not a wwe-kit client');
  let hub = hubs.get(client);
  if (!hub) {
    const listeners = new Set<(e: TapEvent) => void>();
    const emit = (e: TapEvent) => {
      for (const l of listeners)
        try {
          l(e);
        } catch {
          /* a watcher's failure is its own */
        }
    };
    const tables = hook((kind, value, extra) => {
      const at = Date.now();
      if (kind === 'drop') emit({ kind, reason: value as string, at });
      else if (kind === 'call') {
        const [name, referenceId] = extra as [string, string | undefined];
        emit({ kind, name, referenceId, promise: value as Promise<unknown>, at });
      } else emit({ kind, message: value, at });
    });
    hub = { listeners, tables };
    hubs.set(client, hub);
  }
  const h = hub;
  const own = (e: TapEvent) => listener(e);
  h.listeners.add(own);
  return {
    tables: h.tables,
    stop() {
      h.listeners.delete(own);
      if (!h.listeners.size) {
        hook(undefined);
        hubs.delete(client);
      }
    },
  };
}
