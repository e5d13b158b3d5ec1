import type { Environment } from '../app/connection';

/**
 * Production (`ng build`): the Workspace origins this build accepts; no simulator. Set your
 * Workspace's exact origin(s) here, e.g. `['https://wwe-uat.example.com', 'https://wwe.example.com']`.
 * The default is the simulated Workspace of `npx @wwe-kit/workspace`.
 */
export const environment: Environment = {
  workspaceOrigins: ['http://localhost:5170'],
};
