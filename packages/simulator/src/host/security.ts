import type { WorkspaceOptions } from './ini';
import { parseAcceptedOrigins, type OriginPolicy } from './origins';

/**
 * Option names of Workspace's Service Client API security.
 *
 * @example
 * host.setOptions({ [OPTION.origins]: 'https://crm.example.com', [OPTION.writeAllowed]: 'Key1' });
 */
export const OPTION = {
  origins: 'service-client-api.accepted-web-content-origins',
  rateLimit: 'service-client-api.rate-limit',
  quarantineDelay: 'service-client-api.rate-limit-quarantine-delay',
  readAllowed: 'service-client-api.user-data.read-allowed',
  writeAllowed: 'service-client-api.user-data.write-allowed',
} as const;

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
  const prefix = `${OPTION.rateLimit}.`;
  return {
    origins: parseAcceptedOrigins(options[OPTION.origins]),
    rateLimit: count(options[OPTION.rateLimit], 0),
    limitFor: (request) => count(options[prefix + request], 0),
    quarantineSeconds: count(options[OPTION.quarantineDelay], 30),
    readAllowed: keys(options[OPTION.readAllowed]),
    writeAllowed: keys(options[OPTION.writeAllowed]),
  };
}
