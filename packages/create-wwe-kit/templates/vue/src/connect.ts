import { createWorkspaceClient, type WorkspaceClient } from '@wwe-kit/vue';
// A type only: erased from the build. The simulator itself is imported in development only.
import type { SimulatedWorkspace } from '@wwe-kit/simulator';

/**
 * The Workspace origins this build accepts, from build-time configuration only:
 * `VITE_WORKSPACE_ORIGINS` (comma-separated exact origins), default the simulated Workspace of
 * `npm run dev`. Never from the URL or the referrer: a page that frames the app is not trusted
 * for saying it is Workspace.
 */
export const WORKSPACE_ORIGINS = parseOrigins(import.meta.env.VITE_WORKSPACE_ORIGINS);

/** `"a, b"` → `['a', 'b']`; empty or unset → the simulated Workspace's origin. */
export function parseOrigins(value: string | undefined): string[] {
  const list = (value ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  return list.length ? list : ['http://localhost:5170'];
}

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
