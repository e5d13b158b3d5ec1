import { str, type Handlers } from './params';

const base64url = (text: string) => {
  let binary = '';
  for (const b of new TextEncoder().encode(text)) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

/**
 * Lifetime of simulated tokens: one hour.
 *
 * @example
 * Date.parse(expiration) - now === TOKEN_LIFETIME_MS; // true
 */
export const TOKEN_LIFETIME_MS = 3_600_000;

/**
 * Makes an unsigned, clearly fake JWT for the agent (`alg: none`, signature `simulated`), valid
 * for an hour of the workspace's clock.
 *
 * @example
 * const { jwtToken } = makeJwt('alex.agent', Date.UTC(2024, 0, 1), 1);
 * JSON.parse(atob(jwtToken.split('.')[1]!)).sub; // 'alex.agent'
 */
export function makeJwt(
  username: string,
  now: number,
  serial: number,
): { jwtToken: string; expiration: string } {
  const exp = now + TOKEN_LIFETIME_MS;
  const header = base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }));
  const payload = base64url(
    JSON.stringify({
      sub: username,
      iss: 'wwe-kit-simulator',
      iat: Math.floor(now / 1000),
      exp: Math.floor(exp / 1000),
      jti: String(serial),
    }),
  );
  return { jwtToken: `${header}.${payload}.simulated`, expiration: new Date(exp).toISOString() };
}

/**
 * `auth.*` and `messenger.*` requests. Internal.
 *
 * @example
 * authHandlers['auth.getJwtToken'](desktop, [], caller); // { jwtToken, expiration }
 */
export const authHandlers = {
  'auth.getJwtToken': (d) =>
    makeJwt(String(d.agent.username ?? 'agent'), d.now(), ++d.counters.token),
  'auth.getPureCloudToken': (d, [forceNewToken]) => {
    if (d.pureCloudToken === undefined || forceNewToken === true)
      d.pureCloudToken = `simulated-purecloud-token-${++d.counters.token}`;
    return d.pureCloudToken;
  },
  'messenger.broadcastMessage': (d, [channel, message]) => {
    d.emit(`messenger:${str(channel, 'channel')}`, message);
  },
} satisfies Partial<Handlers>;
