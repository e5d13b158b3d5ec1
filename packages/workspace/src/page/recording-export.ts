import type { Recording } from '@wwe-kit/core/recording';
import { recordingFromHostLog, type HostLogEntry } from '@wwe-kit/simulator';

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
  if (frameId === undefined)
    return recordingFromHostLog([], { appUrl: o.appUrl ?? '', workspaceOrigin: o.workspaceOrigin });
  return recordingFromHostLog(entries, {
    frameId,
    appUrl: o.appUrl ?? entries.find((e) => e.frameId === frameId)?.origin ?? '',
    workspaceOrigin: o.workspaceOrigin,
    source: '@wwe-kit/workspace',
  });
}
