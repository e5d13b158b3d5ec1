import { createWorkspaceClient, type WorkspaceClient } from '@wwe-kit/react';
import { createTestWorkspace, type SimulatedWorkspace } from '@wwe-kit/simulator';

/** How the panel talks to Workspace. */
export type Connection =
  | { mode: 'embedded'; client: WorkspaceClient; hostOrigin: string }
  | { mode: 'standalone'; client: WorkspaceClient; workspace: SimulatedWorkspace; dispose(): void };

/**
 * The Workspace options of the in-page simulator: this panel may read three attached-data keys
 * (not `InternalScore`) and write two of them (not `AccountId`).
 */
export const STANDALONE_OPTIONS = {
  'service-client-api.user-data.read-allowed': 'Segment,Notes,AccountId',
  'service-client-api.user-data.write-allowed': 'Segment,Notes',
};

/** Whether the page is shown by Workspace (in an iframe or a popup). */
export function isEmbedded(win: Window): boolean {
  return win.parent !== win || !!win.opener;
}

/**
 * Embedded: a client of the Workspace page, whose origin comes from `?wweOrigin=` or the
 * referrer. Standalone: an in-page simulated Workspace, so the panel works on its own.
 */
export function connect(win: Window = window): Connection {
  const fromQuery = new URL(win.location.href).searchParams.get('wweOrigin');
  const fromReferrer = win.document.referrer ? new URL(win.document.referrer).origin : undefined;
  const hostOrigin = fromQuery ?? fromReferrer;
  if (isEmbedded(win) && hostOrigin)
    return { mode: 'embedded', client: createWorkspaceClient({ hostOrigin }), hostOrigin };
  const t = createTestWorkspace({ options: STANDALONE_OPTIONS, origin: win.location.origin });
  return { mode: 'standalone', client: t.client, workspace: t.workspace, dispose: t.dispose };
}
