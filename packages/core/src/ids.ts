/**
 * Makes reference ids that are unique for this client and that another window cannot guess:
 * a random prefix (from `crypto.getRandomValues`) followed by a counter.
 *
 * @example
 * const next = createIdSource();
 * next(); // 'k3f9q2x7-0'
 */
export function createIdSource(): () => string {
  const c = (globalThis as { crypto?: Crypto }).crypto;
  // Math.random (truncated to bytes), overwritten by Web Crypto (no supported platform lacks it).
  const bytes = new Uint8Array(8).map(() => Math.random() * 256);
  c?.getRandomValues(bytes);
  const prefix = Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('');
  let n = 0;
  return () => `${prefix}-${(n++).toString(36)}`;
}
