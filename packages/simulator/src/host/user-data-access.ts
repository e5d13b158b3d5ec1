import type { KeySet } from './security';

export { forbiddenWriteKey } from './user-data-writes';

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deeper than any result or event of the API: what lies below is dropped, never sent unfiltered. */
const MAX_DEPTH = 64;

/**
 * Applies `user-data.read-allowed` to a result or event: every `userData` object found in it is
 * replaced by a copy holding only readable keys (objects nested deeper than 64 levels are
 * dropped). Returns the value itself when every key is readable. The keys left out are added to
 * `withheld` when given.
 *
 * @example
 * filterReadableUserData({ interaction: { userData: { Key1: 1, Secret: 2 } } }, new Set(['Key1']));
 * // { interaction: { userData: { Key1: 1 } } }
 */
export function filterReadableUserData<T>(
  value: T,
  readable: KeySet,
  withheld?: Set<string>,
  depth = 0,
): T {
  if (readable === null || typeof value !== 'object' || value === null) return value;
  if (depth > MAX_DEPTH) return undefined as T;
  if (Array.isArray(value))
    return value.map((v) => filterReadableUserData(v, readable, withheld, depth + 1)) as T;
  if (!isPlain(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k !== 'userData' || !isPlain(v)) {
      out[k] = filterReadableUserData(v, readable, withheld, depth + 1);
      continue;
    }
    const kept: Record<string, unknown> = {};
    for (const [key, x] of Object.entries(v)) {
      if (readable.has(key)) kept[key] = x;
      else withheld?.add(key);
    }
    out[k] = kept;
  }
  return out as T;
}
