import { createWorkspaceClient, type WorkspaceClient } from '@wwe-kit/core';
import type { WorkspaceOptions } from './host/ini';
import type { SimulatedWorkspace } from './workspace/simulated-workspace';
import { createTestWorkspace } from './test-workspace';

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
      workspace?: undefined;
      dispose(): void;
    }
  | {
      mode: 'standalone';
      client: WorkspaceClient;
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
  init: { window?: Window; options?: WorkspaceOptions | string } = {},
): WorkspaceConnection {
  const win = init.window ?? window;
  const embedded = win.parent !== win || !!win.opener;
  const fromQuery = new URL(win.location.href).searchParams.get('wweOrigin');
  const fromReferrer = win.document.referrer ? new URL(win.document.referrer).origin : undefined;
  const hostOrigin = fromQuery ?? fromReferrer;
  if (embedded && hostOrigin) {
    const client = createWorkspaceClient({ hostOrigin });
    return { mode: 'embedded', client, hostOrigin, dispose: client.dispose };
  }
  const t = createTestWorkspace({ origin: win.location.origin, options: init.options });
  return { mode: 'standalone', client: t.client, workspace: t.workspace, dispose: t.dispose };
}
