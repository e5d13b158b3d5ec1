'use client';
import { useEffect } from 'react';
import type { EventHandler, Topic, WorkspaceClient } from '@wwe-kit/core';
import { useWorkspaceClient } from './context';
import { useLatest } from './use-latest';

/**
 * Calls `handler` for each Workspace event of `topic` while the component is mounted. The latest
 * `handler` is always the one called, without re-subscribing when it changes (an inline arrow
 * function is fine); changing `topic` moves the subscription.
 *
 * @example
 * function ToastClicks({ onClick }: { onClick: (i: number) => void }) {
 *   useWorkspaceEvent('system', (e) => {
 *     if (e.eventType === 'CUSTOM_TOAST_BUTTON_CLICK') onClick(e.buttonIndex);
 *   });
 *   return null;
 * }
 */
export function useWorkspaceEvent<T extends Topic>(
  topic: T,
  handler: EventHandler<T>,
  client?: WorkspaceClient,
): void {
  const c = useWorkspaceClient(client);
  const latest = useLatest(handler);
  useEffect(() => c.on(topic, (data, t) => latest.current(data, t)), [c, topic, latest]);
}
