import type { Environment } from '../app/connection';

/**
 * Development (`ng serve`, `ng build -c development`; angular.json's `fileReplacements` puts
 * this file in place of environment.ts): the same Workspace origins, and an in-page simulated
 * Workspace when the panel is opened directly (a chunk loaded on demand).
 */
export const environment: Environment = {
  workspaceOrigins: ['http://localhost:5170'],
  simulator: (origin) => import('../app/standalone').then((m) => m.standalone(origin)),
};
