import type { Reachability } from './served';

/** One probed URL and what it answered. */
export type ReachResult = Reachability[string] & { url: string };

const originOf = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
};

/**
 * What the server found at a view's configured URL: the entry of that URL, else of a URL of the
 * same origin (the server may probe the origin, or the URL with its field codes substituted).
 *
 * @example
 * reachabilityOf({ 'http://localhost:5173/': { ok: false, error: 'ECONNREFUSED' } }, 'http://localhost:5173/?a=1');
 * // { url: 'http://localhost:5173/', ok: false, error: 'ECONNREFUSED' }
 */
export function reachabilityOf(map: Reachability, url: string): ReachResult | undefined {
  const exact = map[url];
  if (exact) return { url, ...exact };
  const origin = originOf(url.replace(/\$[A-Za-z]+\.[A-Za-z]+\$/g, 'x'));
  if (!origin || origin === 'null') return undefined;
  const key = Object.keys(map).find((k) => originOf(k) === origin);
  return key ? { url: key, ...map[key]! } : undefined;
}

/**
 * Why a view stays empty, for the notice over its frame.
 *
 * @example
 * unreachableMessage({ url: 'http://localhost:5173/', ok: false, error: 'ECONNREFUSED' });
 * // 'Nothing answers at http://localhost:5173/ (ECONNREFUSED): start your app, then reload this view'
 */
export function unreachableMessage(r: ReachResult): string {
  if (r.status !== undefined)
    return `${r.url} answers HTTP ${r.status}${r.error ? ` (${r.error})` : ''}: check the URL and your app, then reload this view`;
  return `Nothing answers at ${r.url}${r.error ? ` (${r.error})` : ''}: start your app, then reload this view`;
}
