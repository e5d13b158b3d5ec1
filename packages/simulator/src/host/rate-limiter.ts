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
 * Counts requests in fixed one-minute windows (a window opens with the first request after the
 * previous one ended), for all requests together (`rate-limit`) and per request name
 * (`rate-limit.<request>`). The first request over a limit is `limited` and puts its request name
 * in quarantine; later ones are `quarantined` until the delay has passed (for ever when it is 0).
 *
 * @example
 * const limiter = createRateLimiter(() => Date.now());
 * limiter.check('voice.dial', readSecurity({ 'service-client-api.rate-limit.voice.dial': '4' }));
 */
export function createRateLimiter(now: () => number) {
  const windows = new Map<string, { start: number; count: number }>();
  const quarantine = new Map<string, number>();
  const windowOf = (key: string, t: number) => {
    let w = windows.get(key);
    if (!w || t - w.start >= WINDOW_MS) windows.set(key, (w = { start: t, count: 0 }));
    return w;
  };
  return {
    check(request: string, s: SecuritySettings): RateVerdict {
      const t = now();
      const until = quarantine.get(request);
      if (until !== undefined) {
        if (t < until) return { kind: 'quarantined' };
        quarantine.delete(request);
      }
      const limits: [string, number][] = [];
      if (s.limitFor(request) > 0) limits.push([`request:${request}`, s.limitFor(request)]);
      if (s.rateLimit > 0) limits.push(['all', s.rateLimit]);
      const ws = limits.map(([key, limit]) => [windowOf(key, t), limit] as const);
      if (ws.some(([w, limit]) => w.count >= limit)) {
        quarantine.set(
          request,
          s.quarantineSeconds === 0 ? Infinity : t + s.quarantineSeconds * 1000,
        );
        windows.delete(`request:${request}`);
        return { kind: 'limited', errorMessage: rateLimitMessage(request, s.quarantineSeconds) };
      }
      for (const [w] of ws) w.count++;
      return { kind: 'ok' };
    },
    /** Request names in quarantine, with when it ends (ms; `Infinity` for ever). */
    quarantines: (): Record<string, number> => Object.fromEntries(quarantine),
  };
}
