// Development only: loaded by environment.development.ts, never part of the production build.
import { createTestWorkspace } from '@wwe-kit/simulator';
import type { Connection } from './connection';

/** A client answered by an in-page simulated Workspace, for the app opened on its own. */
export function standalone(origin: string): Connection {
  const t = createTestWorkspace({
    origin,
    options: { 'service-client-api.user-data.write-allowed': 'Note' },
  });
  return { client: t.client, workspace: t.workspace, dispose: t.dispose };
}
