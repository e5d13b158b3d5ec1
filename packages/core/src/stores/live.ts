import type { WorkspaceClient } from '../client';
import { clientInternals } from '../client-internals';
import { batch, createStore, type ReadableStore } from '../store';

/** Whether a live store has its first snapshot yet. */
export type StoreStatus = 'loading' | 'ready' | 'error';

/** How one live store fetches and follows its state. */
export interface LiveSpec<F> {
  /** The store's name in debug logs, e.g. `"interactions"`. */
  name: string;
  topics: readonly string[];
  /**
   * The requests `fetch` sends: no fetch starts while Workspace's rate limit quarantines any of
   * them (the source waits for the quarantine to end).
   */
  requests: readonly string[];
  /** Fetches the snapshot (called after the topics are subscribed). */
  fetch(): Promise<F>;
  /** Replaces the state with a fetched snapshot. */
  commit(fetched: F): void;
  /**
   * Applies one event on top of the state; only called once a snapshot is committed. Returns
   * nothing when the event said all the store needs, else why it did not (e.g. `"no interaction"`,
   * never user data): the source then fetches the snapshot again. An event may be applied in
   * part and still ask for the snapshot.
   */
  apply(topic: string, data: unknown): string | undefined | void;
  /** The fetch failed. */
  fail(error: unknown): void;
}

/** A reference-counted snapshot-then-stream follower of one part of Workspace's state. */
export interface LiveSource {
  /** Counts one more user; the first one subscribes the topics and fetches. Returns the release. */
  retain(): () => void;
  /** Fetches again (while retained): the store's `refresh()`. */
  refresh(): Promise<void>;
}

/** An event type as it may appear in a debug log: a plain identifier, else only its kind. */
const loggable = (data: unknown): string => {
  const t = (data as { eventType?: unknown } | null)?.eventType;
  return typeof t === 'string' && /^[A-Za-z_]{1,40}$/.test(t) ? t : `(${typeof t})`;
};

/**
 * Snapshot then stream, with no gap and no duplicate: subscribe to the topics first, buffer the
 * events that arrive while the fetch is in flight, then commit the fetched snapshot and apply the
 * buffered events in order. Events delivered before the fetch was *sent* cannot be in its result's
 * past, so applying them after it is what Workspace itself would show; the reducers are written to
 * be idempotent per event (an event carries the full new copy), so an event both reflected in the
 * fetch and buffered is applied twice to the same effect, never as a second change.
 *
 * Events are hints, snapshots are the truth: an event that does not say all the store needs (a
 * case event without an interaction, a partial interaction, an unknown event type) makes the
 * source fetch the snapshot again, coalesced: at most one fetch in flight and one more after it,
 * however many such events arrive (those arriving during a fetch are buffered, and the fetch after
 * it covers them all). No fetch starts while Workspace's rate limit quarantines one of its
 * requests (Workspace counts these requests too): the source waits for the quarantine to end, and
 * a fetch refused for a rate limit is retried once it has.
 *
 * Lazy: nothing is sent while nobody retains the source; the last release unsubscribes, and a new
 * retain starts a fresh snapshot-then-stream.
 */
export function createLiveSource<F>(client: WorkspaceClient, spec: LiveSpec<F>): LiveSource {
  const internals = clientInternals(client);
  const log = internals?.log;
  let users = 0;
  let generation = 0;
  let buffer: [string, unknown][] | null = null;
  let ready = false;
  /** An applied event asked for a new snapshot that no fetch sent since covers. */
  let stale = false;
  /** The wait for a quarantine to end before fetching. */
  let wait: ReturnType<typeof setTimeout> | undefined;
  let offs: (() => void)[] = [];

  /** Applies one event; never throws (a reducer that does asks for the snapshot instead). */
  const consider = (topic: string, data: unknown) => {
    let why: string | undefined | void;
    try {
      why = spec.apply(topic, data);
    } catch {
      why = 'threw';
    }
    if (why === undefined) return;
    log?.(
      `${spec.name} store: ${topic} event ${loggable(data)} not applicable (${why}): refetching`,
    );
    stale = true;
  };

  const onEvent = (topic: string) => (data: unknown) => {
    if (buffer) buffer.push([topic, data]);
    else if (ready) {
      // One event, one notification batch across every store it touches.
      batch(() => consider(topic, data));
      if (stale && !wait) void run();
    }
  };

  /**
   * When the (finite) quarantine of one of the fetch's requests ends, else 0. A quarantine for
   * ever is not waited for: the client refuses the fetch at once (`QUARANTINED`), sending nothing.
   */
  const quarantineEnd = () =>
    Math.max(
      0,
      ...spec.requests.map((r) => {
        const end = internals?.quarantinedUntil(r) ?? 0;
        return end < Infinity ? end : 0;
      }),
    );

  /** Fetches the snapshot (a new generation: any fetch in flight is forgotten), or waits first. */
  const run = (): Promise<void> => {
    const mine = ++generation;
    clearTimeout(wait);
    wait = undefined;
    stale = false;
    const end = quarantineEnd();
    if (end)
      return new Promise((resolve) => {
        wait = setTimeout(() => {
          wait = undefined;
          resolve(mine === generation ? run() : undefined);
        }, end - internals!.now());
      });
    buffer = [];
    let fetched: Promise<F>;
    try {
      fetched = spec.fetch();
    } catch (e) {
      fetched = Promise.reject(e);
    }
    return fetched.then(
      (result) => {
        if (mine !== generation) return;
        const pending = buffer ?? [];
        buffer = null;
        ready = true;
        batch(() => {
          spec.commit(result);
          for (const [topic, data] of pending) consider(topic, data);
        });
        // Events that arrived after this fetch was sent asked for more: one fetch covers them all.
        if (stale && mine === generation) return run();
      },
      (error) => {
        if (mine !== generation) return;
        buffer = null;
        ready = false;
        batch(() => spec.fail(error));
        // Refused for a rate limit: fetch again once the quarantine ends (`run` waits for it).
        if (quarantineEnd()) return run();
      },
    );
  };

  const stop = () => {
    generation++;
    clearTimeout(wait);
    wait = undefined;
    buffer = null;
    ready = false;
    stale = false;
    for (const off of offs) off();
    offs = [];
  };

  return {
    retain() {
      if (users++ === 0) {
        try {
          offs = spec.topics.map((t) => client.on(t as never, onEvent(t)));
          // Workspace reloaded: the snapshot may be stale; take a new one.
          offs.push(client.onReconnect(() => void run()));
        } catch (e) {
          spec.fail(e);
        }
        void run();
      }
      let released = false;
      return () => {
        if (released) return;
        released = true;
        if (--users === 0) stop();
      };
    },
    refresh: () => (users > 0 ? run() : Promise.resolve()),
  };
}

/**
 * A store that follows Workspace and can fetch again.
 *
 * @example
 * const agent: LiveStore<AgentSnapshot> = workspaceStores(client).agent;
 * if (agent.get().status === 'error') await agent.refresh();
 */
export interface LiveStore<T> extends ReadableStore<T> {
  /** Fetches the snapshot again (after an error, or to resynchronize). Resolves when done. */
  refresh(): Promise<void>;
}

/**
 * A {@link LiveStore} over a live source: its first subscriber retains the source, its last
 * releases it; `notify()` tells its subscribers of a new snapshot.
 *
 * @example
 * const { store, notify } = createLiveStore(() => snapshot, source);
 */
export function createLiveStore<T>(
  get: () => T,
  source: LiveSource,
): { store: LiveStore<T>; notify(): void } {
  let release: (() => void) | undefined;
  const handle = createStore(
    get,
    () => (release = source.retain()),
    () => release?.(),
  );
  return { store: { ...handle.store, refresh: source.refresh }, notify: handle.notify };
}
