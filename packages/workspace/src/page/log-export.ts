import type { HostLogEntry } from '@wwe-kit/simulator';
import { maskUserData } from './mask';

/** A notice of the page in the inspector (e.g. an unknown field code in a view's URL). */
export interface InspectorNotice {
  at: number;
  text: string;
}

/**
 * The file name of an exported message log: `wwe-messages-<UTC timestamp>.json`.
 *
 * @example
 * exportFileName(new Date('2024-01-01T09:00:00.123Z')); // 'wwe-messages-2024-01-01T09-00-00-123Z.json'
 */
export function exportFileName(date: Date): string {
  return `wwe-messages-${date.toISOString().replace(/[:.]/g, '-')}.json`;
}

/**
 * The message log as a JSON document, oldest first: each message with its time, frame, origin,
 * request or event, outcome and payload, user data masked unless `reveal`; the page's notices.
 *
 * @example
 * const text = JSON.stringify(exportLog(host.log(), { reveal: false, frameName: (e) => e.frameId ?? '', exportedAt: Date.now() }));
 */
export function exportLog(
  entries: readonly HostLogEntry[],
  o: {
    reveal: boolean;
    frameName: (e: HostLogEntry) => string;
    exportedAt: number;
    notices?: readonly InspectorNotice[];
  },
) {
  return {
    exportedAt: new Date(o.exportedAt).toISOString(),
    userData: o.reveal ? 'revealed' : 'masked',
    count: entries.length,
    messages: entries.map((e) => ({
      seq: e.seq,
      at: new Date(e.at).toISOString(),
      direction: e.direction,
      type: e.type,
      frame: o.frameName(e),
      frameId: e.frameId,
      origin: e.origin,
      ...(e.request !== undefined && { request: e.request }),
      ...(e.topic !== undefined && { topic: e.topic }),
      ...(e.referenceId !== undefined && { referenceId: e.referenceId }),
      ...(e.outcome !== undefined && { outcome: e.outcome }),
      ...(e.delayMs !== undefined && { delayMs: e.delayMs }),
      message: o.reveal ? e.message : maskUserData(e.message),
    })),
    notices: (o.notices ?? []).map((n) => ({ at: new Date(n.at).toISOString(), text: n.text })),
  };
}
