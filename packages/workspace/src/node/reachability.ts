import http from 'node:http';
import https from 'node:https';
import type { Reachability } from '../shared/served';

/**
 * Asks `url` for its headers (from Node, so the page can say why a view stays empty): any HTTP
 * answer counts as reachable; a refused connection, a DNS failure or no answer within
 * `timeoutMs` does not. Self-signed certificates are accepted (a local dev server's).
 *
 * @example
 * await probe('http://localhost:5173/'); // { ok: false, error: 'ECONNREFUSED' }
 */
export function probe(url: string, timeoutMs = 2000): Promise<Reachability[string]> {
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return resolve({ ok: false, error: 'not a URL' });
    }
    const get =
      target.protocol === 'https:' ? https.get : target.protocol === 'http:' ? http.get : undefined;
    if (!get) return resolve({ ok: false, error: `${target.protocol} URL` });
    const req = get(target, { timeout: timeoutMs, rejectUnauthorized: false }, (res) => {
      res.resume();
      resolve({ ok: true, status: res.statusCode ?? 0 });
    });
    req.on('timeout', () =>
      req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })),
    );
    req.on('error', (e: NodeJS.ErrnoException) =>
      resolve({ ok: false, error: e.code ?? e.message }),
    );
  });
}

/**
 * Probes `urls` now and then every `intervalMs`, calling `onChange` with the whole map whenever a
 * result changes. Returns a function that stops it.
 *
 * @example
 * const stop = watchReachability(['http://localhost:5173/'], (r) => broadcast('reachability', r));
 */
export function watchReachability(
  urls: readonly string[],
  onChange: (r: Reachability) => void,
  intervalMs = 2000,
): { current(): Reachability; stop(): void; ready: Promise<void> } {
  let current: Reachability = {};
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const round = async () => {
    const results = await Promise.all(urls.map(async (u) => [u, await probe(u)] as const));
    if (stopped) return;
    const next = Object.fromEntries(results);
    const changed = JSON.stringify(next) !== JSON.stringify(current);
    current = next;
    if (changed) onChange(current);
    timer = setTimeout(() => void round(), intervalMs);
    timer.unref?.();
  };
  const ready = round();
  return {
    current: () => current,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
    ready,
  };
}
