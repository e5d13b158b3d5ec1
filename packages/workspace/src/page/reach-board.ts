import { reachabilityOf, type ReachResult } from '../shared/reachability';
import type { Reachability } from '../shared/served';

/**
 * The latest {@link Reachability} of the views' URLs, as the server probed them, and who waits
 * for news of one URL (each view's frame).
 *
 * @example
 * const reach = createReachBoard();
 * const stop = reach.watch('http://localhost:5173/', (r) => r && !r.ok && console.warn(r.error));
 * reach.set(await (await fetch(ENDPOINTS.reachability)).json());
 */
export function createReachBoard() {
  let map: Reachability = {};
  const watchers = new Set<{ url: string; listener: (r: ReachResult | undefined) => void }>();
  return {
    /** Takes a new map and tells every watcher what its URL's entry is now. */
    set(next: Reachability): void {
      map = next;
      for (const w of [...watchers]) w.listener(reachabilityOf(map, w.url));
    },
    /** The current map. */
    get: (): Reachability => map,
    /** Calls `listener` now and at every new map; returns a function that stops it. */
    watch(url: string, listener: (r: ReachResult | undefined) => void): () => void {
      const w = { url, listener };
      watchers.add(w);
      listener(reachabilityOf(map, url));
      return () => void watchers.delete(w);
    },
  };
}
export type ReachBoard = ReturnType<typeof createReachBoard>;
