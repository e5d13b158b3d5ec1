import type { EventHandler, Topic, WorkspaceClient } from '@wwe-kit/core';
import { useWorkspaceClient } from './context';
import { isServerRender } from './server';
import { disposeWithScope } from './use-workspace-store';

/**
 * Calls `handler` for every event of `topic` until the current effect scope is disposed (the
 * handler and, when it was the last one, the Workspace subscription are removed). Returns a
 * function that removes it earlier. In a server render, registers nothing (no event comes there).
 *
 * @example
 * useWorkspaceEvent('system', (e) => {
 *   if (e.eventType === 'CUSTOM_TOAST_BUTTON_CLICK') log.value.push(`button ${e.buttonIndex}`);
 * });
 */
export function useWorkspaceEvent<T extends Topic>(
  topic: T,
  handler: EventHandler<T>,
  client?: WorkspaceClient,
): () => void {
  const c = useWorkspaceClient(client);
  if (isServerRender()) return () => {};
  const off = c.on(topic, handler);
  disposeWithScope(off, 'useWorkspaceEvent');
  return off;
}
