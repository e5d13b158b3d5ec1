import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateRecording, type Recording } from '@wwe-kit/core/recording';

/**
 * Why `startWorkspace({ replay })` cannot start: the recording file is missing, unreadable or
 * refused by the validator (its message names the path of the first problem; a newer format
 * version names both versions).
 *
 * @example
 * try { await startWorkspace({ apps, replay: 'session.json' }); } catch (e) { if (e instanceof ReplayFileError) console.error(e.message); }
 */
export class ReplayFileError extends Error {
  override name = 'ReplayFileError';
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/**
 * Reads and validates the recording to replay: a file (JSON, as the devtools panel or the
 * simulated desktop's "Export JSON" write it) or the recording itself. Throws a
 * {@link ReplayFileError}: nothing starts with a recording that cannot be replayed.
 *
 * @example
 * const recording = loadReplay('session.json');
 */
export function loadReplay(source: string | Recording): Recording {
  const label = typeof source === 'string' ? source : 'the recording';
  let input: unknown = source;
  if (typeof source === 'string') {
    try {
      input = readFileSync(path.resolve(source), 'utf8');
    } catch (e) {
      throw new ReplayFileError(label, `cannot read the recording (${(e as Error).message})`);
    }
  }
  const checked = validateRecording(input);
  if (!checked.ok)
    throw new ReplayFileError(
      label,
      `not a recording wwe-kit can replay: ${checked.path}: ${checked.message}`,
    );
  return checked.recording;
}
