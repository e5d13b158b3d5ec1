/**
 * `@wwe-kit/devtools`: wwe-kit's devtools panel, inside the app's page — see inside the
 * connection to Workspace where integrations fail, the real Workspace included. For production,
 * `@wwe-kit/devtools/loader` fetches this panel only when asked for.
 */
export { mountWorkspaceDevtools } from './mount';
export type { WorkspaceDevtools, WorkspaceDevtoolsOptions } from './mount';
