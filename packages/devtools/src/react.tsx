'use client';
import { useEffect } from 'react';
import { useWorkspaceClient } from '@wwe-kit/react';
import type { WorkspaceClient } from '@wwe-kit/core';
import { installWorkspaceDevtools, type WorkspaceDevtoolsLoaderOptions } from './loader';

/**
 * Props of {@link WorkspaceDevtools}: the loader's options, and the client (default: the one of
 * the enclosing `<WorkspaceProvider>`).
 *
 * @example
 * const props: WorkspaceDevtoolsProps = { always: import.meta.env.DEV };
 */
export interface WorkspaceDevtoolsProps extends WorkspaceDevtoolsLoaderOptions {
  client?: WorkspaceClient;
}

/**
 * wwe-kit's devtools in a React app, in one line inside `<WorkspaceProvider>`: renders nothing
 * itself; the panel (in its own Shadow DOM) is fetched when opened — by Ctrl+Alt+Shift+W, the
 * `localStorage` flag `wwe-kit:devtools` or the URL flag `wwe-kit-devtools` — or at once with
 * `always`.
 *
 * @example
 * <WorkspaceProvider client={client}>
 *   <App />
 *   <WorkspaceDevtools always={import.meta.env.DEV} />
 * </WorkspaceProvider>
 */
export function WorkspaceDevtools({ client, ...options }: WorkspaceDevtoolsProps): null {
  const fromContext = useWorkspaceClient();
  const c = client ?? fromContext;
  // Installed once per client: the options are read when it is (as a devtools' are).
  useEffect(() => installWorkspaceDevtools(c, options), [c]);
  return null;
}
