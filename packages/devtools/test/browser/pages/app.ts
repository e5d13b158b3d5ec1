// An app embedded in Workspace, using @wwe-kit/core through the real postMessage transport, with
// the production loader of the devtools (the panel is fetched only when asked for).
import { createWorkspaceClient, isWorkspaceError } from '@wwe-kit/core';
import { installWorkspaceDevtools } from '../../../src/loader';

const query = new URLSearchParams(location.search);
const client = createWorkspaceClient({
  hostOrigin: query.get('host')!,
  timeoutMs: Number(query.get('timeout') ?? 1500),
  silentAfterMs: 500,
});
client.on('interaction', () => {});
installWorkspaceDevtools(client);

(window as any).app = {
  async call(name: string, params?: unknown[]) {
    try {
      return { ok: true, data: await client.requestUnknown(name, params) };
    } catch (e) {
      return isWorkspaceError(e) ? { ok: false, code: e.code } : { ok: false, code: String(e) };
    }
  },
  /** Sends a request without waiting for it. */
  send(name: string, params?: unknown[]) {
    client.requestUnknown(name, params).catch(() => {});
  },
  /** Resolves with the connection's status once settled (connected: once the capabilities are known). */
  connected: () =>
    new Promise<string>((resolve) => {
      const check = () => {
        const c = client.connection.get();
        if (c.status === 'connected' ? c.allowedServices : c.status !== 'connecting') {
          resolve(c.status);
          return true;
        }
        return false;
      };
      if (check()) return;
      const off = client.connection.subscribe(() => check() && queueMicrotask(off));
    }),
  devtools: () => import('../../../src/index').then((m) => m.mountWorkspaceDevtools(client)),
  devtoolsLoaded: () => Boolean(document.querySelector('[data-wwe-kit-devtools]')),
};
