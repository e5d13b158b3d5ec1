import type { WorkspaceClient } from '../client';
import type { WorkspaceError } from '../errors';
import type { Media, State } from '../types';
import { createLiveSource, createLiveStore, type LiveStore, type StoreStatus } from './live';

/**
 * The media store's snapshot: each media channel of the agent with its state.
 *
 * @example
 * const voice = stores.media.get().media.find((m) => m.media === 'voice');
 */
export interface MediaSnapshot {
  status: StoreStatus;
  media: readonly Media[];
  error?: WorkspaceError;
}

/** The media store's snapshot before its first fetch. */
export const LOADING_MEDIA: MediaSnapshot = Object.freeze({
  status: 'loading',
  media: Object.freeze([]),
});

/**
 * The agent's media channels, fetched with `media.getMediaList` and kept current by `media`
 * events (`{ media, state }` replaces that channel's state; any other `media` event, a partial
 * state or an unknown channel makes the store fetch its snapshot again).
 *
 * @example
 * createMediaStore(client).subscribe(({ media }) => media.forEach((m) => console.log(m.media, m.state.displayName)));
 */
export function createMediaStore(client: WorkspaceClient): LiveStore<MediaSnapshot> {
  let snap = LOADING_MEDIA;
  const set = (next: MediaSnapshot) => {
    snap = next;
    handle.notify();
  };
  const source = createLiveSource<Media[]>(client, {
    name: 'media',
    topics: ['media'],
    requests: ['media.getMediaList'],
    fetch: () => client.media.getMediaList(),
    commit: (media) => set({ status: 'ready', media: Array.isArray(media) ? media : [] }),
    apply(_topic, data) {
      const e = data as { media?: unknown; state?: State } | null;
      if (typeof e?.media !== 'string') return 'no media';
      const state = e.state;
      if (typeof state !== 'object' || state === null || typeof state.operationName !== 'string')
        return 'partial state';
      const index = snap.media.findIndex((m) => m.media === e.media);
      if (index < 0) return 'unknown media';
      const media = snap.media.slice();
      media[index] = { ...media[index]!, state };
      set({ status: 'ready', media });
    },
    fail: (error) => set({ ...snap, status: 'error', error: error as WorkspaceError }),
  });
  const handle = createLiveStore(() => snap, source);
  return handle.store;
}
