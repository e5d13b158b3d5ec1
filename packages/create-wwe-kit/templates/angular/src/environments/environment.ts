import type { Environment } from '../app/connection';
import origins from './workspace-origins.json';

/**
 * Production (`ng build`): the exact origin(s) of the Workspace allowed to show this app, fixed
 * at build time: `production` in workspace-origins.json (the one list: the client talks only to
 * them, and `npm run preview` lets only them frame the app), e.g. `["https://wwe.example.com"]`;
 * no simulator. The default is the simulated Workspace of `npm run dev`.
 */
export const environment: Environment = {
  workspaceOrigins: origins.production,
};
