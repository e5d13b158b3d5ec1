import {
  createStore,
  createWindowTransport,
  createWorkspaceClient,
  type ReadableStore,
  type WorkspaceClient,
} from '@wwe-kit/core';
import type { WorkspaceOptions } from './host/ini';
import type { SimulatedWorkspace } from './workspace/simulated-workspace';
import { createTestWorkspace } from './test-workspace';

/**
 * Whether Workspace answers: `connecting` until its first reply, `connected` after it, `silent`
 * when none came in time. Workspace ignores a page whose origin is not in
 * `service-client-api.accepted-web-content-origins` (it sends no reply at all), so `silent` is
 * how an app can say so instead of hanging.
 *
 * @example
 * connection.status.subscribe((s) => s === 'silent' && showBanner('Workspace does not answer'));
 */
export type ConnectionStatus = 'connecting' | 'connected' | 'silent';

/**
 * How an app talks to Workspace: the real one when Workspace shows it, else an in-page simulation.
 *
 * @example
 * const c: WorkspaceConnection = connectWorkspace();
 * if (c.mode === 'standalone') c.workspace.simulateInboundCall({ ani: '+15551234' });
 */
export type WorkspaceConnection =
  | {
      mode: 'embedded';
      client: WorkspaceClient;
      hostOrigin: string;
      /** Whether Workspace answers a probe (`system.getAllowedServices`). */
      status: ReadableStore<ConnectionStatus>;
      workspace?: undefined;
      dispose(): void;
    }
  | {
      mode: 'standalone';
      client: WorkspaceClient;
      /** Always `connected`: the simulated Workspace is in the page. */
      status: ReadableStore<ConnectionStatus>;
      workspace: SimulatedWorkspace;
      dispose(): void;
    };

/**
 * Connects a sample or an app under development. Embedded (in an iframe, or a popup opened by
 * Workspace) with a known Workspace origin — from `?wweOrigin=`, else the referrer —: a real
 * client for that exact origin. Otherwise: an in-page simulated Workspace (`createTestWorkspace`)
 * with the given security options, so the app runs on its own with no Genesys server.
 *
 * @example
 * const connection = connectWorkspace({
 *   options: { 'service-client-api.user-data.write-allowed': 'Note,Priority' },
 * });
 * app.use(createWorkspacePlugin(connection.client));
 */
export function connectWorkspace(
  init: { window?: Window; options?: WorkspaceOptions | string; silentAfterMs?: number } = {},
): WorkspaceConnection {
  const win = init.window ?? window;
  const embedded = win.parent !== win || !!win.opener;
  const fromQuery = new URL(win.location.href).searchParams.get('wweOrigin');
  const fromReferrer = win.document.referrer ? new URL(win.document.referrer).origin : undefined;
  const hostOrigin = fromQuery ?? fromReferrer;
  if (embedded && hostOrigin) {
    const client = createWorkspaceClient({
      transport: createWindowTransport({ hostOrigin, self: win }),
    });
    let status: ConnectionStatus = 'connecting';
    const { store, notify } = createStore(() => status);
    const set = (next: ConnectionStatus) => {
      status = next;
      notify();
    };
    const timer = setTimeout(() => set('silent'), init.silentAfterMs ?? 3000);
    // A late answer still means connected; the probe only ends with the client (DISPOSED).
    client.system.getAllowedServices({ timeoutMs: 0 }).then(
      () => {
        clearTimeout(timer);
        set('connected');
      },
      () => {},
    );
    const dispose = () => {
      clearTimeout(timer);
      client.dispose();
    };
    return { mode: 'embedded', client, hostOrigin, status: store, dispose };
  }
  const t = createTestWorkspace({ origin: win.location.origin, options: init.options });
  const status = createStore((): ConnectionStatus => 'connected').store;
  return {
    mode: 'standalone',
    client: t.client,
    status,
    workspace: t.workspace,
    dispose: t.dispose,
  };
}
