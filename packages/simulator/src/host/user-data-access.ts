import type { KeySet } from './security';

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Applies `user-data.read-allowed` to a result or event: every `userData` object found in it is
 * replaced by a copy holding only readable keys. Returns the value itself when every key is readable.
 *
 * @example
 * filterReadableUserData({ interaction: { userData: { Key1: 1, Secret: 2 } } }, new Set(['Key1']));
 * // { interaction: { userData: { Key1: 1 } } }
 */
export function filterReadableUserData<T>(value: T, readable: KeySet, depth = 0): T {
  if (readable === null || depth > 32) return value;
  if (Array.isArray(value))
    return value.map((v) => filterReadableUserData(v, readable, depth + 1)) as T;
  if (!isPlain(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] =
      k === 'userData' && isPlain(v)
        ? Object.fromEntries(Object.entries(v).filter(([key]) => readable.has(key)))
        : filterReadableUserData(v, readable, depth + 1);
  }
  return out as T;
}

/**
 * The first user-data key a `setUserData` / `deleteUserData` request would write that
 * `user-data.write-allowed` forbids, or `undefined` when the request may proceed.
 *
 * @example
 * forbiddenWriteKey('interaction.setUserData', ['1', { Key1: 'a', Key2: 'b' }], new Set(['Key1', 'Key3'])); // 'Key2'
 */
export function forbiddenWriteKey(
  request: string,
  params: readonly unknown[],
  writable: KeySet,
): string | undefined {
  if (writable === null) return undefined;
  let keys: string[] = [];
  if (request === 'interaction.setUserData' && isPlain(params[1])) keys = Object.keys(params[1]);
  else if (request === 'interaction.deleteUserData' && typeof params[1] === 'string')
    keys = [params[1]];
  return keys.find((k) => !writable.has(k));
}
