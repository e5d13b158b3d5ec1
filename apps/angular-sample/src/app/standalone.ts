// Development only: loaded by environment.development.ts, never part of the production build.
import { createTestWorkspace } from '@wwe-kit/simulator';
import type { Connection } from './connection';

/** The in-page simulated Workspace's options: writes allowed to `Note` and `Priority` only. */
export const STANDALONE_OPTIONS = {
  'service-client-api.user-data.write-allowed': 'Note,Priority',
};

/** A client answered by an in-page simulated Workspace, for the panel opened directly. */
export function standalone(origin: string): Connection {
  const t = createTestWorkspace({ origin, options: STANDALONE_OPTIONS });
  return { client: t.client, workspace: t.workspace, dispose: t.dispose };
}
