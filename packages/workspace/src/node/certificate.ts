import { X509Certificate } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generate } from 'selfsigned';

/**
 * A TLS key and certificate in PEM, as `https.createServer` takes them.
 *
 * @example
 * const { key, cert } = await localCertificate();
 */
export interface Certificate {
  key: string;
  cert: string;
  /** Where they are kept. */
  dir: string;
  /** Whether this call generated them (first use, or the kept one expired). */
  created: boolean;
}

/**
 * The user's cache folder for wwe-kit: `$XDG_CACHE_HOME/wwe-kit` or `~/.cache/wwe-kit`
 * (`%LOCALAPPDATA%\wwe-kit` on Windows, `~/Library/Caches/wwe-kit` on macOS).
 *
 * @example
 * cacheDir(); // '/home/ada/.cache/wwe-kit'
 */
export function cacheDir(): string {
  const home = os.homedir();
  if (process.env.XDG_CACHE_HOME) return path.join(process.env.XDG_CACHE_HOME, 'wwe-kit');
  if (process.platform === 'win32')
    return path.join(process.env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), 'wwe-kit');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches', 'wwe-kit');
  return path.join(home, '.cache', 'wwe-kit');
}

function valid(cert: string): boolean {
  try {
    // Renewed a day before it expires.
    return new Date(new X509Certificate(cert).validTo).getTime() > Date.now() + 86_400_000;
  } catch {
    return false;
  }
}

/**
 * The self-signed certificate of `localhost` and `127.0.0.1` for `--https`: generated (by the
 * `selfsigned` library) on first use and kept in `dir` (default {@link cacheDir}), valid for a year.
 * The browser warns about it once; accept it for this address.
 *
 * @example
 * https.createServer(await localCertificate(), handler);
 */
export async function localCertificate(
  dir = path.join(cacheDir(), 'certificate'),
): Promise<Certificate> {
  const keyFile = path.join(dir, 'localhost-key.pem');
  const certFile = path.join(dir, 'localhost-cert.pem');
  try {
    const key = readFileSync(keyFile, 'utf8');
    const cert = readFileSync(certFile, 'utf8');
    if (valid(cert)) return { key, cert, dir, created: false };
  } catch {
    /* not there yet */
  }
  const notBeforeDate = new Date(Date.now() - 60_000);
  const notAfterDate = new Date(notBeforeDate.getTime() + 365 * 86_400_000);
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeFileSync(keyFile, pems.private, { mode: 0o600 });
  writeFileSync(certFile, pems.cert);
  return { key: pems.private, cert: pems.cert, dir, created: true };
}
