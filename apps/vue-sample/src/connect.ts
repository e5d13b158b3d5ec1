import { connectWorkspace, type WorkspaceConnection } from '@wwe-kit/simulator';

/** The real Workspace when embedded with a known origin, else an in-page simulation. */
export const connect = (win: Window = window): WorkspaceConnection =>
  connectWorkspace({
    window: win,
    options: { 'service-client-api.user-data.write-allowed': 'Note,Priority' },
  });
