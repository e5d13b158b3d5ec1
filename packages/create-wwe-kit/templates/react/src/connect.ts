import { createWorkspaceClient, type WorkspaceClient } from '@wwe-kit/react';
// A type only: erased from the build. The simulator itself is imported in development only.
import type { SimulatedWorkspace } from '@wwe-kit/simulator';
import { parseOrigins } from './workspace-origins';

/** The Workspace origins this build talks to (see workspace-origins.ts). */
export const WORKSPACE_ORIGINS = parseOrigins(import.meta.env.VITE_WORKSPACE_ORIGINS);

/** The client, and the in-page simulated Workspace when there is one (development only). */
export interface Connection {
  client: WorkspaceClient;
  workspace?: SimulatedWorkspace | undefined;
}

/**
 * The client for the allowed Workspace origins. In development, a page opened directly (not
 * embedded in Workspace) gets an in-page simulated Workspace with the options of workspace.ini
 * instead: `import.meta.env.DEV` is `false` in `vite build`, so the simulator is not in the
 * production bundle at all (vite.config.ts checks it).
 */
export async function connect(win: Window = window): Promise<Connection> {
  const embedded = win.parent !== win || !!win.opener;
  if (import.meta.env.DEV && !embedded) {
    const [{ createTestWorkspace }, { default: ini }] = await Promise.all([
      import('@wwe-kit/simulator'),
      import('../workspace.ini?raw'),
    ]);
    const t = createTestWorkspace({ origin: win.location.origin, options: ini });
    return { client: t.client, workspace: t.workspace };
  }
  return { client: createWorkspaceClient({ hostOrigin: WORKSPACE_ORIGINS }) };
}
