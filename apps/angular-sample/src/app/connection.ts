import { InjectionToken } from '@angular/core';
import { connectWorkspace, type WorkspaceConnection } from '@wwe-kit/simulator';

/** How the panel talks to Workspace. */
export type Connection = WorkspaceConnection;

/** The connection the app was bootstrapped with. */
export const CONNECTION = new InjectionToken<Connection>('connection');

/** The real Workspace when embedded with a known origin, else an in-page simulation. */
export const connect = (win: Window = window): Connection =>
  connectWorkspace({
    window: win,
    options: { 'service-client-api.user-data.write-allowed': 'Note,Priority' },
  });
