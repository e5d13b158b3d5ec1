import { createWorkspaceClient, type WorkspaceClient } from '@wwe-kit/react';
// A type only: erased from the build. The simulator itself is imported in development only.
import type { SimulatedWorkspace } from '@wwe-kit/simulator';

/**
 * The Workspace origins this build accepts, from build-time configuration only:
 * `VITE_WORKSPACE_ORIGINS` (comma-separated exact origins, e.g.
 * `https://wwe-uat.example.com,https://wwe.example.com`), default the simulated Workspace of
 * `npx @wwe-kit/workspace`. Never from the URL or the referrer: a page that frames the panel
 * is not trusted for saying it is Workspace.
 */
export const WORKSPACE_ORIGINS = parseOrigins(import.meta.env.VITE_WORKSPACE_ORIGINS);

/** `"a, b"` → `['a', 'b']`; empty or unset → the simulated Workspace's default origin. */
export function parseOrigins(value: string | undefined): string[] {
  const list = (value ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  return list.length ? list : ['http://localhost:5170'];
}

/**
 * The Workspace options of the in-page simulator: this panel may read three attached-data keys
 * (not `InternalScore`) and write two of them (not `AccountId`).
 */
export const STANDALONE_OPTIONS = {
  'service-client-api.user-data.read-allowed': 'Segment,Notes,AccountId',
  'service-client-api.user-data.write-allowed': 'Segment,Notes',
};

/** The client, and the in-page simulated Workspace when there is one (development only). */
export interface Connection {
  client: WorkspaceClient;
  workspace?: SimulatedWorkspace | undefined;
  dispose(): void;
}

/**
 * The client for the allowed Workspace origins. In development (`vite`), a page opened directly
 * (no parent, no opener) gets an in-page simulated Workspace instead: `import.meta.env.DEV` is
 * `false` in `vite build`, so the simulator is not in the production bundle at all.
 */
export async function connect(win: Window = window): Promise<Connection> {
  const embedded = win.parent !== win || !!win.opener;
  if (import.meta.env.DEV && !embedded) {
    const { createTestWorkspace } = await import('@wwe-kit/simulator');
    const t = createTestWorkspace({ origin: win.location.origin, options: STANDALONE_OPTIONS });
    return { client: t.client, workspace: t.workspace, dispose: t.dispose };
  }
  const client = createWorkspaceClient({ hostOrigin: WORKSPACE_ORIGINS });
  return { client, dispose: () => client.dispose() };
}
