import { isIP } from 'node:net';

/**
 * Which `Host` headers the dev server answers, as Vite's `server.allowedHosts` does since
 * CVE-2025-24010: `localhost` (and `*.localhost`), any IP literal, the name it listens on, and the
 * hosts allowed here. A page on another site that points its own name at 127.0.0.1 (DNS
 * rebinding) sends its own name as `Host` and is refused, so it cannot read the INI, the config
 * or the event stream. `true` allows every host. An entry starting with a dot allows the name and
 * every subdomain of it (`.example.test`).
 *
 * @example
 * const allowed = hostChecker(['wwe.dev.example.com']);
 * allowed('wwe.dev.example.com:5170'); // true
 * allowed('attacker.example.com'); // false
 */
export function hostChecker(
  allowedHosts: readonly string[] | true = [],
): (host: string | undefined) => boolean {
  if (allowedHosts === true) return () => true;
  const exact = new Set<string>();
  const suffixes: string[] = [];
  for (const entry of allowedHosts) {
    const name = entry.trim().toLowerCase();
    if (name.startsWith('.')) {
      suffixes.push(name);
      exact.add(name.slice(1));
    } else if (name) exact.add(name);
  }
  return (header) => {
    // Without a Host header (HTTP/1.0 tools) the request cannot come from a browser page.
    if (header === undefined) return true;
    const name = hostName(header);
    if (name === undefined) return false;
    if (name === 'localhost' || name.endsWith('.localhost')) return true;
    if (isIP(name)) return true;
    return exact.has(name) || suffixes.some((s) => name.endsWith(s));
  };
}

/** The name of a `Host` header, without its port and IPv6 brackets; undefined when malformed. */
export function hostName(header: string): string | undefined {
  const host = header.trim().toLowerCase();
  if (host.startsWith('[')) {
    const end = host.indexOf(']');
    if (end < 0) return undefined;
    const rest = host.slice(end + 1);
    if (rest && !/^:\d{1,5}$/.test(rest)) return undefined;
    const ip = host.slice(1, end);
    return isIP(ip) === 6 ? ip : undefined;
  }
  const m = /^([^:]+)(?::\d{1,5})?$/.exec(host);
  if (!m) return undefined;
  return m[1]!.replace(/\.$/, '');
}

/** The one-line answer to a refused `Host`. */
export function refusedHostMessage(header: string): string {
  const name = hostName(header) ?? header;
  return (
    `Blocked request: the Host "${name}" is not allowed by the wwe-kit Workspace dev server ` +
    `(it answers localhost and IP addresses). To allow it: wwe-workspace --allowed-host ${name}` +
    ` (startWorkspace({ allowedHosts: ['${name}'] })).\n`
  );
}
