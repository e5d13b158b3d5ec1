import { InjectionToken } from '@angular/core';
import { createWorkspaceClient, type WorkspaceClient } from '@wwe-kit/angular';
// A type only: erased from the build. The simulator itself is loaded in development only.
import type { SimulatedWorkspace } from '@wwe-kit/simulator';
import { environment } from '../environments/environment';

/** How the app talks to Workspace: the client, and the in-page simulator (development only). */
export interface Connection {
  client: WorkspaceClient;
  workspace?: SimulatedWorkspace | undefined;
  dispose(): void;
}

/** What the environment files (`src/environments/`) give. */
export interface Environment {
  /**
   * The exact origins of the Workspace(s) allowed to show the app, fixed at build time. Never
   * taken from the URL or the referrer: a page that frames the app is not trusted for saying it
   * is Workspace.
   */
  workspaceOrigins: readonly string[];
  /** Development only: an in-page simulated Workspace for the app opened on its own. */
  simulator?: ((origin: string) => Promise<Connection>) | undefined;
}

/** The connection the app was bootstrapped with. */
export const CONNECTION = new InjectionToken<Connection>('connection');

/**
 * The client for the environment's Workspace origins; in development, opened on its own (no
 * parent, no opener), an in-page simulated Workspace instead.
 */
export async function connect(
  win: Window = window,
  env: Environment = environment,
): Promise<Connection> {
  const embedded = win.parent !== win || !!win.opener;
  if (env.simulator && !embedded) return env.simulator(win.location.origin);
  const client = createWorkspaceClient({ hostOrigin: [...env.workspaceOrigins] });
  return { client, dispose: () => client.dispose() };
}
