/**
 * About how many bytes a message holds (strings at two bytes a character, 8 per other value and
 * per object entry), counted only up to `cap`: the walk stops as soon as the count passes it, so
 * a huge message costs no more than a small one. Never throws: what cannot be walked counts as
 * more than `cap`.
 *
 * @example
 * payloadSize({ request: 'agent.get' }, 1024); // 36
 * payloadSize({ big: 'x'.repeat(1e6) }, 1024) > 1024; // true
 */
export function payloadSize(value: unknown, cap: number): number {
  let total = 0;
  const seen = new Set<object>();
  const walk = (v: unknown): void => {
    if (total > cap) return;
    if (typeof v === 'string') total += 8 + 2 * v.length;
    else if (typeof v !== 'object' || v === null) total += 8;
    else if (seen.has(v)) total += 8;
    else {
      seen.add(v);
      total += 16;
      for (const [k, x] of Object.entries(v)) {
        total += 8 + 2 * k.length;
        walk(x);
        if (total > cap) return;
      }
    }
  };
  try {
    walk(value);
  } catch {
    return cap + 1;
  }
  return total;
}
