import { eventReadRequest } from './event-access';

/**
 * How many subscriptions one frame may hold; a subscribe beyond it gets an error reply (a bound
 * of the simulator, so that no frame can make the host hold unbounded memory).
 *
 * @example
 * host.stats().subscriptions <= MAX_SUBSCRIPTIONS * host.stats().frames; // true
 */
export const MAX_SUBSCRIPTIONS = 100;

/** Topics one subscription keeps at most. */
const MAX_TOPICS = 32;

/**
 * The topics of a `subscribe` message's `data` (one name or an array of names) that an event can
 * have: Workspace's topics and `messenger:<channel>`, at most 200 characters and 32 distinct ones.
 * Anything else could never receive an event, so it is not kept.
 *
 * @example
 * readTopics(['agent', 'interaction', 42, 'agent']); // ['agent', 'interaction']
 */
export function readTopics(data: unknown): string[] {
  const topics = new Set<string>();
  for (const t of Array.isArray(data) ? data : [data]) {
    if (topics.size >= MAX_TOPICS) break;
    if (typeof t === 'string' && t.length <= 200 && eventReadRequest(t) !== undefined)
      topics.add(t);
  }
  return [...topics];
}
