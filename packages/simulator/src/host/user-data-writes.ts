import type { KeySet } from './security';

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Where each request that writes attached data carries the keys it writes: the index of its
 * user-data parameter, whether that parameter is one key (`deleteUserData`) or a key/value object,
 * and whether the request creates a new interaction with that user data (rather than changing the
 * attached data of an existing one).
 *
 * @example
 * USER_DATA_WRITES['voice.dial']; // { index: 1, kind: 'object', creates: true }
 */
export const USER_DATA_WRITES: Readonly<
  Record<string, { index: number; kind: 'object' | 'key'; creates: boolean }>
> = {
  'interaction.setUserData': { index: 1, kind: 'object', creates: false },
  'interaction.deleteUserData': { index: 1, kind: 'key', creates: false },
  'interaction.singleStepTransfer': { index: 2, kind: 'object', creates: false },
  'interaction.singleStepConference': { index: 2, kind: 'object', creates: false },
  'interaction.consult': { index: 2, kind: 'object', creates: true },
  'voice.dial': { index: 1, kind: 'object', creates: true },
  'voice.dialEx': { index: 1, kind: 'object', creates: true },
  'email.create': { index: 1, kind: 'object', creates: true },
};

/**
 * The first user-data key a request would write that `user-data.write-allowed` forbids, or
 * `undefined` when the request may proceed. Every request of {@link USER_DATA_WRITES} is checked;
 * those that create an interaction only when `newInteractions` is `true` (the default).
 *
 * @example
 * forbiddenWriteKey('interaction.setUserData', ['1', { Key1: 'a', Key2: 'b' }], new Set(['Key1', 'Key3'])); // 'Key2'
 * forbiddenWriteKey('voice.dial', ['5001', { Key2: 'b' }], new Set(['Key1'])); // 'Key2'
 * forbiddenWriteKey('voice.dial', ['5001', { Key2: 'b' }], new Set(['Key1']), false); // undefined
 */
export function forbiddenWriteKey(
  request: string,
  params: readonly unknown[],
  writable: KeySet,
  newInteractions = true,
): string | undefined {
  const w = Object.prototype.hasOwnProperty.call(USER_DATA_WRITES, request)
    ? USER_DATA_WRITES[request]
    : undefined;
  if (writable === null || !w || (w.creates && !newInteractions)) return undefined;
  const v = params[w.index];
  const keys =
    w.kind === 'key' ? (typeof v === 'string' ? [v] : []) : isPlain(v) ? Object.keys(v) : [];
  return keys.find((k) => !writable.has(k));
}
