import type { SecuritySettings } from './security';

/**
 * One minute: the fixed window of Workspace's rate limits.
 *
 * @example
 * clock.advance(WINDOW_MS); // a new rate-limit window opens
 */
export const WINDOW_MS = 60_000;

/**
 * Workspace's rate-limit error text.
 *
 * @example
 * rateLimitMessage('voice.dial', 30);
 * // "The rate limit for the request 'voice.dial' has been reached.\nFurther requests of the same type will be ignored for 30 seconds."
 */
export function rateLimitMessage(request: string, seconds: number): string {
  return `The rate limit for the request '${request}' has been reached.\nFurther requests of the same type will be ignored for ${seconds} seconds.`;
}

/**
 * The verdict on one request: go ahead, answer with the rate-limit error, or ignore it.
 *
 * @example
 * const verdict: RateVerdict = limiter.check('voice.dial', security);
 * if (verdict.kind === 'limited') reply(verdict.errorMessage);
 */
export type RateVerdict =
  { kind: 'ok' } | { kind: 'limited'; errorMessage: string } | { kind: 'quarantined' };

/**
 * Counts requests in fixed one-minute windows, for all requests together (`rate-limit`) and per
 * request name (`rate-limit.<request>`). A window opens with the first request it counts after the
 * previous window ended, and lasts one minute whatever happens in it: a quarantine does not
 * reset it. A request over a limit is `limited` (the error reply) and puts its request name in
 * quarantine; later ones are `quarantined` (ignored) until the delay has passed (for ever when it
 * is 0). A request after the quarantine, while its window is still full, is `limited` again.
 * `bucket` names the quarantine when the request name is not one Workspace knows (so that
 * arbitrary names cannot grow the host's memory); it defaults to the request name.
 *
 * @example
 * const limiter = createRateLimiter(() => Date.now());
 * limiter.check('voice.dial', readSecurity({ 'service-client-api.rate-limit.voice.dial': '4' }));
 */
export function createRateLimiter(now: () => number) {
  const windows = new Map<string, { start: number; count: number }>();
  const quarantine = new Map<string, number>();
  const countIn = (key: string, t: number) => {
    const w = windows.get(key);
    return w && t - w.start < WINDOW_MS ? w.count : 0;
  };
  const count = (key: string, t: number) => {
    const w = windows.get(key);
    if (w && t - w.start < WINDOW_MS) w.count++;
    else windows.set(key, { start: t, count: 1 });
  };
  return {
    check(request: string, s: SecuritySettings, bucket = request): RateVerdict {
      const t = now();
      for (const [name, until] of quarantine) if (t >= until) quarantine.delete(name);
      if (quarantine.has(bucket)) return { kind: 'quarantined' };
      const limits: [string, number][] = [];
      if (s.limitFor(request) > 0) limits.push([`request:${request}`, s.limitFor(request)]);
      if (s.rateLimit > 0) limits.push(['all', s.rateLimit]);
      if (limits.some(([key, limit]) => countIn(key, t) >= limit)) {
        quarantine.set(
          bucket,
          s.quarantineSeconds === 0 ? Infinity : t + s.quarantineSeconds * 1000,
        );
        return { kind: 'limited', errorMessage: rateLimitMessage(request, s.quarantineSeconds) };
      }
      for (const [key] of limits) count(key, t);
      return { kind: 'ok' };
    },
    /** Request names in quarantine, with when it ends (ms; `Infinity` for ever). */
    quarantines: (): Record<string, number> => {
      const t = now();
      return Object.fromEntries([...quarantine].filter(([, until]) => t < until));
    },
  };
}
