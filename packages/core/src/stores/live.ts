import type { WorkspaceClient } from '../client';
import { batch, createStore, type ReadableStore } from '../store';

/** Whether a live store has its first snapshot yet. */
export type StoreStatus = 'loading' | 'ready' | 'error';

/** How one live store fetches and follows its state. */
export interface LiveSpec<F> {
  topics: readonly string[];
  /** Fetches the snapshot (called after the topics are subscribed). */
  fetch(): Promise<F>;
  /** Replaces the state with a fetched snapshot. */
  commit(fetched: F): void;
  /** Applies one event on top of the state; only called once a snapshot is committed. */
  apply(topic: string, data: unknown): void;
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

/**
 * Snapshot then stream, with no gap and no duplicate: subscribe to the topics first, buffer the
 * events that arrive while the fetch is in flight, then commit the fetched snapshot and apply the
 * buffered events in order. Events delivered before the fetch was *sent* cannot be in its result's
 * past, so applying them after it is what Workspace itself would show; the reducers are written to
 * be idempotent per event (an event carries the full new copy), so an event both reflected in the
 * fetch and buffered is applied twice to the same effect, never as a second change.
 *
 * Lazy: nothing is sent while nobody retains the source; the last release unsubscribes, and a new
 * retain starts a fresh snapshot-then-stream.
 */
export function createLiveSource<F>(client: WorkspaceClient, spec: LiveSpec<F>): LiveSource {
  let users = 0;
  let generation = 0;
  let buffer: [string, unknown][] | null = null;
  let ready = false;
  let offs: (() => void)[] = [];

  const onEvent = (topic: string) => (data: unknown) => {
    if (buffer) buffer.push([topic, data]);
    // One event, one notification batch across every store it touches.
    else if (ready) batch(() => spec.apply(topic, data));
  };

  const run = (): Promise<void> => {
    const mine = ++generation;
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
          for (const [topic, data] of pending) spec.apply(topic, data);
        });
      },
      (error) => {
        if (mine !== generation) return;
        buffer = null;
        ready = false;
        batch(() => spec.fail(error));
      },
    );
  };

  const stop = () => {
    generation++;
    buffer = null;
    ready = false;
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
