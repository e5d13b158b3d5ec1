import type { Environment } from '../app/connection';
import origins from './workspace-origins.json';

/**
 * Development (`ng serve`, `ng build -c development`; angular.json's `fileReplacements` puts this
 * file in place of environment.ts): `development` in workspace-origins.json (the one list: the
 * client talks only to them, and `npm run dev:app` lets only them frame the app), the simulated
 * Workspace of `npm run dev`; and an in-page simulated Workspace when the app is opened on its own
 * (a chunk loaded on demand, never part of the production build).
 */
export const environment: Environment = {
  workspaceOrigins: origins.development,
  simulator: (origin) => import('../app/standalone').then((m) => m.standalone(origin)),
};
