import { createWorkspaceClient, type WorkspaceClient } from '@wwe-kit/vue';
// A type only: erased from the build. The simulator itself is imported in development only.
import type { SimulatedWorkspace } from '@wwe-kit/simulator';
import { parseOrigins } from './workspace-origins';

/** The Workspace origins this build talks to (see workspace-origins.ts). */
export const WORKSPACE_ORIGINS = parseOrigins(import.meta.env.VITE_WORKSPACE_ORIGINS);

/** The client, and the in-page simulated Workspace when there is one (development only). */
export interface Connection {
  client: WorkspaceClient;
  workspace?: SimulatedWorkspace | undefined;
  dispose(): void;
}

/**
 * The client for the allowed Workspace origins. In development (`vite`), a page opened on its
 * own (no parent, no opener) gets an in-page simulated Workspace instead: `import.meta.env.DEV`
 * is `false` in `vite build`, so the simulator is not in the production bundle at all.
 */
export async function connect(win: Window = window): Promise<Connection> {
  const embedded = win.parent !== win || !!win.opener;
  if (import.meta.env.DEV && !embedded) {
    const { createTestWorkspace } = await import('@wwe-kit/simulator');
    const t = createTestWorkspace({
      origin: win.location.origin,
      options: { 'service-client-api.user-data.write-allowed': 'Note' },
    });
    return { client: t.client, workspace: t.workspace, dispose: t.dispose };
  }
  const client = createWorkspaceClient({ hostOrigin: WORKSPACE_ORIGINS });
  return { client, dispose: () => client.dispose() };
}
