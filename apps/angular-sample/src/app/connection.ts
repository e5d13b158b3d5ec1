import { InjectionToken } from '@angular/core';
import { createWorkspaceClient, type WorkspaceClient } from '@wwe-kit/angular';
import { createTestWorkspace, type SimulatedWorkspace } from '@wwe-kit/simulator';

/** How the panel talks to Workspace. */
export interface Connection {
  client: WorkspaceClient;
  /** The in-page simulated Workspace in standalone mode, else undefined. */
  workspace: SimulatedWorkspace | undefined;
  mode: 'standalone' | 'embedded';
}

/** The connection the app was bootstrapped with. */
export const CONNECTION = new InjectionToken<Connection>('connection');

/**
 * Embedded in Workspace (framed or opened by it, or `?wweOrigin=` given): a real client for the
 * host origin from `?wweOrigin=` or the referrer. Standalone: an in-page simulated Workspace.
 */
export function connect(win: Window = window): Connection {
  const params = new URLSearchParams(win.location.search);
  const embedded = win.parent !== win || !!win.opener || params.has('wweOrigin');
  if (embedded) {
    const hostOrigin =
      params.get('wweOrigin') ??
      (win.document.referrer ? new URL(win.document.referrer).origin : '');
    return {
      client: createWorkspaceClient({ hostOrigin }),
      workspace: undefined,
      mode: 'embedded',
    };
  }
  const t = createTestWorkspace({
    origin: win.location.origin,
    options: { 'service-client-api.user-data.write-allowed': 'Note,Priority' },
  });
  return { client: t.client, workspace: t.workspace, mode: 'standalone' };
}
