import type { ConnectionState, RequestName, WorkspaceClient } from '@wwe-kit/core';
import { computed, type ComputedRef, type ShallowRef } from 'vue';
import { useWorkspaceClient } from './context';
import { useWorkspaceStore } from './use-workspace-store';

/**
 * Whether Workspace answers, and if not, why and what to set (`client.connection`), as a
 * readonly shallow ref: `{ status, message, hint, origin, allowedServices }`.
 *
 * @example
 * const connection = useConnection();
 * // <p v-if="connection.status !== 'connected'" :title="connection.hint">{{ connection.message }}</p>
 */
export function useConnection(client?: WorkspaceClient): Readonly<ShallowRef<ConnectionState>> {
  return useWorkspaceStore(useWorkspaceClient(client).connection);
}

/**
 * Whether Workspace lets this app call `request` (`undefined` until known), as a computed ref.
 *
 * @example
 * const canDial = useCan('voice.dial');
 * // <button :disabled="canDial === false">Dial</button>
 */
export function useCan(
  request: RequestName | (string & {}),
  client?: WorkspaceClient,
): ComputedRef<boolean | undefined> {
  const c = useWorkspaceClient(client);
  const allowed = useWorkspaceStore(c.connection, (s) => s.allowedServices);
  return computed(() => (allowed.value, c.can(request)));
}
