import { useCallback, useState } from 'react';
import { useWorkspaceEvent } from '@wwe-kit/react';

const MAX_ENTRIES = 50;

/** One line of the event log. */
export interface LogEntry {
  seq: number;
  text: string;
}

function describe(topic: string, data: unknown): string {
  const e = (data ?? {}) as Record<string, unknown>;
  const interaction = e.interaction as { interactionId?: string; state?: string } | undefined;
  const parts = [topic, String(e.eventType ?? '')];
  if (interaction) parts.push(`#${interaction.interactionId} ${interaction.state ?? ''}`);
  // Case events carry only the case's id (as Genesys documents them).
  if (typeof e.selectedCaseId === 'string') parts.push(`case ${e.selectedCaseId}`);
  if (e.eventType === 'CUSTOM_TOAST_BUTTON_CLICK')
    parts.push(`${String(e.customToastId)} button ${String(e.buttonIndex)}`);
  if (typeof e.mediaState === 'string') parts.push(e.mediaState);
  return parts.join(' ').trim();
}

/** The latest Workspace events of the topics the panel follows, newest first, plus `note()`. */
export function useEventLog() {
  const [entries, setEntries] = useState<LogEntry[]>([]);
  const note = useCallback((text: string) => {
    setEntries((list) => [{ seq: (list[0]?.seq ?? 0) + 1, text }, ...list].slice(0, MAX_ENTRIES));
  }, []);
  const log = (data: unknown, topic: string) => note(describe(topic, data));
  useWorkspaceEvent('agent', log);
  useWorkspaceEvent('interaction', log);
  useWorkspaceEvent('system', log);
  return { entries, note };
}
