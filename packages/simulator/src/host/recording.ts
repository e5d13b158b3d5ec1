import { createRecorder, type MaskOptions, type Recording } from '@wwe-kit/core/recording';
import type { HostLogEntry } from './log';

/**
 * Options of {@link recordingFromHostLog}.
 *
 * @example
 * const options: HostRecordingOptions = { frameId: 'frame-1', appUrl: 'http://localhost:5173/', workspaceOrigin: 'http://localhost:5170' };
 */
export interface HostRecordingOptions extends Pick<MaskOptions, 'mode' | 'keep'> {
  /** The app's frame (`FrameInfo.frameId`); a frame of a refused origin has none: give `origin`. */
  frameId?: string;
  /** The app's origin, to pick its messages when it has no frame id. */
  origin?: string;
  /** The app's URL (its query and fragment are removed). */
  appUrl: string;
  /** The simulated Workspace's origin. */
  workspaceOrigin: string | null;
  /** What made the recording (`meta.source`); default `'@wwe-kit/simulator'`. */
  source?: string;
}

/**
 * The messages one app exchanged with the simulated Workspace, as a recording of
 * `@wwe-kit/core/recording` — the format the devtools panel exports, seen from the app: what the
 * host received is `out`, what it sent is `in`. User data masked as `mode` and `keep` say, JWT
 * tokens never recorded; messages logged as oversized summaries or invalid are left out.
 *
 * @example
 * const recording = recordingFromHostLog(host.log(), { frameId: 'frame-1', appUrl: 'http://localhost:5173/', workspaceOrigin: location.origin });
 */
export function recordingFromHostLog(
  entries: readonly HostLogEntry[],
  options: HostRecordingOptions,
): Recording {
  const mine = entries.filter((e) =>
    options.frameId !== undefined ? e.frameId === options.frameId : e.origin === options.origin,
  );
  const recorder = createRecorder({
    source: options.source ?? '@wwe-kit/simulator',
    appUrl: options.appUrl,
    startedAt: mine[0]?.at ?? Date.now(),
    maxMessages: Number.MAX_SAFE_INTEGER,
    mode: options.mode,
    keep: options.keep,
  });
  for (const e of mine)
    if (e.type !== 'invalid') recorder.add(e.direction === 'in' ? 'out' : 'in', e.message, e.at);
  return recorder.recording({
    workspaceOrigin: options.workspaceOrigin,
    frameId: options.frameId ?? null,
  });
}
