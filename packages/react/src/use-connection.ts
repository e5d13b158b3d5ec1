'use client';
import type { ConnectionState, RequestName, WorkspaceClient } from '@wwe-kit/core';
import { useWorkspaceClient } from './context';
import { useWorkspaceStore } from './use-workspace-store';

/**
 * Whether Workspace answers, and if not, why and what to set (`client.connection`):
 * `{ status, message, hint, origin, allowedServices }`.
 *
 * @example
 * function ConnectionBanner() {
 *   const { status, message, hint } = useConnection();
 *   return status === 'connected' ? null : <p role="status" title={hint}>{message}</p>;
 * }
 */
export function useConnection(client?: WorkspaceClient): ConnectionState {
  return useWorkspaceStore(useWorkspaceClient(client).connection);
}

/**
 * Whether Workspace lets this app call `request` (`undefined` until known), re-rendering when
 * Workspace's answer arrives.
 *
 * @example
 * function DialButton() {
 *   const canDial = useCan('voice.dial');
 *   return <button disabled={canDial === false}>Dial</button>;
 * }
 */
export function useCan(
  request: RequestName | (string & {}),
  client?: WorkspaceClient,
): boolean | undefined {
  const c = useWorkspaceClient(client);
  useWorkspaceStore(c.connection, (s) => s.allowedServices);
  return c.can(request);
}
