import { MASKED } from '@wwe-kit/core/recording';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Whether a value the app sent matches a recorded one: equal as JSON values, except that a masked
 * recorded value ({@link MASKED}) matches any value of the same key (or array position).
 * Internal to the replay.
 *
 * @example
 * matchesRecorded(['1', { Segment: '•••' }], ['1', { Segment: 'gold' }]); // true
 * matchesRecorded(['1', { Segment: '•••' }], ['1', { Tier: 'gold' }]); // false: another key
 */
export function matchesRecorded(recorded: unknown, actual: unknown, depth = 0): boolean {
  if (recorded === MASKED && actual !== undefined) return true;
  if (depth > 64) return false;
  if (Array.isArray(recorded)) {
    if (!Array.isArray(actual) || actual.length !== recorded.length) return false;
    return recorded.every((r, i) => matchesRecorded(r, actual[i], depth + 1));
  }
  if (isObject(recorded)) {
    if (!isObject(actual)) return false;
    const keys = Object.keys(recorded).filter((k) => recorded[k] !== undefined);
    const other = Object.keys(actual).filter((k) => actual[k] !== undefined);
    if (keys.length !== other.length) return false;
    return keys.every((k) => k in actual && matchesRecorded(recorded[k], actual[k], depth + 1));
  }
  return Object.is(recorded, actual) || (recorded == null && actual == null);
}

/** A short JSON text of a value for a divergence's message (cut at 200 characters). */
export function brief(v: unknown): string {
  let text: string;
  try {
    text = v === undefined ? 'nothing' : (JSON.stringify(v) ?? String(v));
  } catch {
    text = String(v);
  }
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
