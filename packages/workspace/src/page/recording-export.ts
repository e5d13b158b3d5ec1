import { createRecorder, type Recording } from '@wwe-kit/core/recording';
import type { HostLogEntry } from '@wwe-kit/simulator';

/**
 * The session of one app frame as a recording (`@wwe-kit/core/recording`, the format the devtools
 * panel exports and the replay reads): the messages the app posted (`out`) and those the host
 * posted to it (`in`), user data masked, JWT tokens never recorded. `frameId` picks the frame;
 * default the first one in the log (the first app). Messages from an origin that is not accepted
 * (no frame) are left out.
 *
 * @example
 * const recording = hostRecording(host.log(), { appUrl: 'http://localhost:5173/', workspaceOrigin: location.origin });
 */
export function hostRecording(
  entries: readonly HostLogEntry[],
  o: { appUrl?: string; workspaceOrigin: string; frameId?: string },
): Recording {
  const frameId = o.frameId ?? entries.find((e) => e.frameId !== undefined)?.frameId;
  const mine = entries.filter((e) => frameId !== undefined && e.frameId === frameId);
  const start = mine[0]?.at ?? Date.now();
  const origin = mine[0]?.origin;
  const recorder = createRecorder({
    appUrl: o.appUrl ?? origin ?? '',
    startedAt: start,
    source: '@wwe-kit/workspace',
    maxMessages: Infinity,
  });
  // Host log: `in` came from the app (the recording's `out`), `out` went to it (`in`).
  for (const e of mine) recorder.add(e.direction === 'in' ? 'out' : 'in', e.message, e.at);
  return recorder.recording({ workspaceOrigin: o.workspaceOrigin, frameId: frameId ?? null });
}
