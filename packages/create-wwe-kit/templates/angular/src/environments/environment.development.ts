import type { Environment } from '../app/connection';

/**
 * Development (`ng serve`, `ng build -c development`; angular.json's `fileReplacements` puts this
 * file in place of environment.ts): the simulated Workspace of `npm run dev`, and an in-page
 * simulated Workspace when the app is opened on its own (a chunk loaded on demand, never part of
 * the production build).
 */
export const environment: Environment = {
  workspaceOrigins: ['http://localhost:5170'],
  simulator: (origin) => import('../app/standalone').then((m) => m.standalone(origin)),
};
