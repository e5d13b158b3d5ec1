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
