import { OPTIONS, parseAcceptedOrigins, type OriginPolicy } from '@wwe-kit/core/internal';
import type { WorkspaceOptions } from './ini';

/**
 * A set of user-data keys: `null` means every key.
 *
 * @example
 * const readable: KeySet = readSecurity(options).readAllowed; // null = every key
 */
export type KeySet = ReadonlySet<string> | null;

/**
 * Workspace's security options, parsed once per `setOptions`.
 *
 * @example
 * const s = readSecurity({ 'service-client-api.rate-limit.voice.dial': '4' });
 * s.limitFor('voice.dial'); // 4
 */
export interface SecuritySettings {
  origins: OriginPolicy;
  /** Requests per minute, all requests together; 0 = unlimited. */
  rateLimit: number;
  /** Requests per minute for one request name; 0 = unlimited. */
  limitFor(request: string): number;
  /** Seconds a request type is ignored once over its limit; 0 = for ever. */
  quarantineSeconds: number;
  readAllowed: KeySet;
  writeAllowed: KeySet;
}

const count = (v: string | undefined, fallback: number) => {
  const n = v === undefined || v.trim() === '' ? NaN : Number(v);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
};

const keys = (v: string | undefined): KeySet => {
  if (v === undefined) return null;
  const list = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return list.includes('*') ? null : new Set(list);
};

/**
 * Reads the security settings from Workspace options, with Workspace's defaults: no origin
 * accepted, no rate limit, a 30 s quarantine, every user-data key readable and writable.
 *
 * @example
 * readSecurity({}).quarantineSeconds; // 30
 */
export function readSecurity(options: WorkspaceOptions): SecuritySettings {
  const prefix = `${OPTIONS.rateLimit}.`;
  return {
    origins: parseAcceptedOrigins(options[OPTIONS.origins]),
    rateLimit: count(options[OPTIONS.rateLimit], 0),
    limitFor: (request) => count(options[prefix + request], 0),
    quarantineSeconds: count(options[OPTIONS.quarantineDelay], 30),
    readAllowed: keys(options[OPTIONS.readAllowed]),
    writeAllowed: keys(options[OPTIONS.writeAllowed]),
  };
}
