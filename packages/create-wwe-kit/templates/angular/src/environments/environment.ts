import type { Environment } from '../app/connection';

/**
 * Production (`ng build`): the exact origin(s) of the Workspace allowed to show this app, fixed
 * at build time, e.g. `['https://wwe.example.com']`; no simulator. The default is the simulated
 * Workspace of `npm run dev`.
 */
export const environment: Environment = {
  workspaceOrigins: ['http://localhost:5170'],
};
