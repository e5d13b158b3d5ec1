// The Node side of startWorkspace: ports, endpoints, watched config files, reachability probes and
// HTTPS. (The page itself is tested in Chromium by page.test.ts.)
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConfigError, Reachability, ServedConfig } from '../src/shared/served';
import { localCertificate } from '../src/node/certificate';
import { PortInUseError } from '../src/node/ports';
import { startWorkspace, type RunningWorkspace } from '../src/node/start-workspace';

const quiet = { info() {}, warn() {}, error() {} };
const running: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()));
});
const start = async (...args: Parameters<typeof startWorkspace>) => {
  const ws = await startWorkspace({ logger: quiet, ...args[0] });
  running.push(ws);
  return ws;
};
const json = async <T>(ws: RunningWorkspace, pathname: string) =>
  (await (await fetch(new URL(pathname, ws.url))).json()) as T;

/** A plain server holding a port. */
async function holdPort(port = 0): Promise<{ port: number; close(): Promise<void> }> {
  const server = http.createServer((_req, res) => res.end('ok'));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const held = {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  running.push(held);
  return held;
}

/** Reads server-sent events of one page until `count` events arrived. */
function events(ws: RunningWorkspace) {
  const received: { event: string; data: unknown }[] = [];
  const controller = new AbortController();
  let open!: () => void;
  /** Resolves once the server's first bytes (`retry:`) arrived: the stream is registered. */
  const opened = new Promise<void>((resolve) => (open = resolve));
  const done = fetch(new URL('/__wwe/events', ws.url), { signal: controller.signal })
    .then(async (res) => {
      const reader = res.body!.getReader();
      let buffer = '';
      for (;;) {
        const { value, done: end } = await reader.read();
        if (end) return;
        open();
        buffer += new TextDecoder().decode(value);
        let cut;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) received.push({ event, data: JSON.parse(data) });
        }
      }
    })
    .catch(() => {});
  running.push({ close: async () => (controller.abort(), await done) });
  return {
    received,
    opened,
    next: async (event: string) => {
      await expect
        .poll(() => received.some((e) => e.event === event), { timeout: 8000 })
        .toBe(true);
      const i = received.findIndex((e) => e.event === event);
      return received.splice(i, 1)[0]!.data;
    },
  };
}

describe('startWorkspace', () => {
  it('serves the prebuilt page and the config; the URL is on localhost', async () => {
    const ws = await start({ apps: [{ url: 'http://127.0.0.1:1/' }], port: 0 });
    expect(ws.url).toBe(`http://localhost:${ws.port}/`);
    const page = await fetch(ws.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<script type="module"[^>]+src="\.\/assets\/index-/);
    const config = await json<ServedConfig>(ws, '/__wwe/config');
    expect(config).toMatchObject({ source: '--app', version: 1, seed: {} });
    expect(config.ini).toContain('url=http://127.0.0.1:1/');
    expect((await fetch(new URL('/nope', ws.url))).status).toBe(404);
    expect((await fetch(ws.url, { method: 'POST' })).status).toBe(405);
  });

  it('takes the next free port when the one asked for is taken, unless strictPort', async () => {
    const held = await holdPort();
    const ws = await start({ apps: [{ url: 'http://127.0.0.1:1/' }], port: held.port });
    expect(ws.port).toBeGreaterThan(held.port);
    await expect(
      startWorkspace({
        apps: [{ url: 'http://127.0.0.1:1/' }],
        port: held.port,
        strictPort: true,
        logger: quiet,
      }),
    ).rejects.toBeInstanceOf(PortInUseError);
  });

  it('a saved INI is applied to open pages; a broken save is reported and the last good config stays', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wwe-watch-'));
    const ini = path.join(dir, 'workspace.ini');
    writeFileSync(ini, 'workspace.web-content=A\n[A]\nurl=http://127.0.0.1:1/\n');
    const ws = await start({ config: ini, port: 0 });
    const stream = events(ws);
    await stream.opened;
    writeFileSync(
      ini,
      'workspace.web-content=A\nservice-client-api.rate-limit=7\n[A]\nurl=http://127.0.0.1:1/\n',
    );
    const applied = (await stream.next('config')) as ServedConfig;
    expect(applied.version).toBe(2);
    expect(applied.ini).toContain('service-client-api.rate-limit=7');

    writeFileSync(ini, 'workspace.web-content=A\noops\n');
    const error = (await stream.next('config-error')) as ConfigError;
    expect(error).toEqual({ file: 'workspace.ini', line: 2, message: 'not an option line: oops' });
    // The page keeps being served the last good config.
    expect((await json<ServedConfig>(ws, '/__wwe/config')).ini).toContain('rate-limit=7');
  });

  it('reports a view whose app does not answer, and when it starts answering', async () => {
    const free = await holdPort();
    await free.close();
    running.pop();
    const url = `http://127.0.0.1:${free.port}/`;
    const ws = await start({ apps: [{ url }], port: 0 });
    // What the bin prints its warning from: the server's first probe.
    expect((await ws.reachability())[url]).toEqual({ ok: false, error: 'ECONNREFUSED' });
    const stream = events(ws);
    await expect
      .poll(async () => (await json<Reachability>(ws, '/__wwe/reachability'))[url], {
        timeout: 5000,
      })
      .toEqual({ ok: false, error: 'ECONNREFUSED' });
    await holdPort(free.port);
    const reach = (await stream.next('reachability')) as Reachability;
    expect(reach[url]).toEqual({ ok: true, status: 200 });
  });

  it('open: hands the URL to the platform opener (xdg-open on Linux)', async () => {
    if (process.platform !== 'linux') return;
    const bin = mkdtempSync(path.join(tmpdir(), 'wwe-open-'));
    const record = path.join(bin, 'opened.txt');
    writeFileSync(path.join(bin, 'xdg-open'), `#!/bin/sh\necho "$@" > ${record}\n`, {
      mode: 0o755,
    });
    const saved = process.env.PATH;
    process.env.PATH = `${bin}:${saved}`;
    try {
      const ws = await start({ apps: [{ url: 'http://127.0.0.1:1/' }], port: 0, open: true });
      await expect
        .poll(() => (existsSync(record) ? readFileSync(record, 'utf8').trim() : ''))
        .toBe(ws.url);
    } finally {
      process.env.PATH = saved;
    }
  });

  it('answers only localhost, IP addresses and allowed hosts (DNS rebinding), with no CORS', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wwe-host-'));
    const ini = path.join(dir, 'workspace.ini');
    writeFileSync(ini, 'workspace.web-content=A\n[A]\nurl=http://127.0.0.1:1/\n');
    const ws = await start({ config: ini, port: 0, allowedHosts: ['wwe.dev.example.test'] });
    /** GET with a given Host header (fetch cannot set it): status, headers and the start of the body. */
    const get = (pathname: string, host: string) =>
      new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
        (resolve, reject) => {
          const req = http.get(
            {
              host: '127.0.0.1',
              port: ws.port,
              path: pathname,
              headers: { host, Origin: 'http://attacker.example.com' },
            },
            (res) => {
              let body = '';
              res.setEncoding('utf8');
              res.on('data', (chunk: string) => {
                body += chunk;
                // The event stream never ends: its first bytes are enough.
                if (pathname === '/__wwe/events') req.destroy();
              });
              const done = () =>
                resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
              res.on('end', done);
              res.on('close', done);
            },
          );
          req.on('error', reject);
        },
      );
    const paths = ['/', '/workspace.ini', '/__wwe/config', '/__wwe/events'];
    for (const pathname of paths) {
      const refused = await get(pathname, `attacker.example.com:${ws.port}`);
      expect(refused.status, pathname).toBe(403);
      expect(refused.body).toMatch(
        /^Blocked request: the Host "attacker\.example\.com" is not allowed.*--allowed-host attacker\.example\.com.*\n$/,
      );
      expect(refused.body.trim()).not.toContain('\n');
      expect(refused.body).not.toContain('url=');
    }
    for (const host of [
      `localhost:${ws.port}`,
      `127.0.0.1:${ws.port}`,
      `[::1]:${ws.port}`,
      'wwe.dev.example.test',
    ]) {
      for (const pathname of paths) {
        const ok = await get(pathname, host);
        expect(ok.status, `${host} ${pathname}`).toBe(200);
        expect(ok.headers['access-control-allow-origin'], `${host} ${pathname}`).toBeUndefined();
      }
    }
    // The config names the file without the folders it is in.
    const config = (await get('/__wwe/config', 'localhost')).body;
    expect(config).toContain('"source":"workspace.ini"');
    expect(config).not.toContain(dir);
  });

  it('--https: a certificate generated once, kept, and served', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wwe-cert-'));
    const first = await localCertificate(dir);
    expect(first.created).toBe(true);
    const again = await localCertificate(dir);
    expect(again).toMatchObject({ created: false, cert: first.cert, key: first.key });
    const ws = await start({ apps: [{ url: 'http://127.0.0.1:1/' }], port: 0, https: first });
    expect(ws.url).toMatch(/^https:\/\/localhost:\d+\/$/);
    const status = await new Promise<number>((resolve, reject) =>
      https
        .get(ws.url, { ca: first.cert }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        })
        .on('error', reject),
    );
    expect(status).toBe(200);
  });
});
