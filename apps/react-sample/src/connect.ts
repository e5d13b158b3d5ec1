import { connectWorkspace, type WorkspaceConnection } from '@wwe-kit/simulator';

/**
 * The Workspace options of the in-page simulator: this panel may read three attached-data keys
 * (not `InternalScore`) and write two of them (not `AccountId`).
 */
export const STANDALONE_OPTIONS = {
  'service-client-api.user-data.read-allowed': 'Segment,Notes,AccountId',
  'service-client-api.user-data.write-allowed': 'Segment,Notes',
};

/** The real Workspace when embedded with a known origin, else an in-page simulation. */
export const connect = (win: Window = window): WorkspaceConnection =>
  connectWorkspace({ window: win, options: STANDALONE_OPTIONS });
