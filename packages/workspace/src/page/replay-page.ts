// `wwe-workspace --replay session.json`: the app talks to a replay of the recording instead of the
// simulated desktop; a bar shows the replay's position with its controls (play, pause, step,
// finish), and the inspector lists the messages and, as notices, the divergences.
import { kindOf } from '@wwe-kit/core/recording';
import {
  createReplay,
  type HostLogEntry,
  type Replay,
  type ReplayDivergence,
} from '@wwe-kit/simulator';
import { h } from './dom';
import './replay.css';

type Listener = (entry: HostLogEntry) => void;

/**
 * What the inspector reads: the log of the replay's messages, as the host's.
 *
 * @example
 * const log: LogSource = { log: () => [], onLog: () => () => {} };
 */
export interface LogSource {
  log(): HostLogEntry[];
  onLog(listener: Listener): () => void;
}

/**
 * The page's replay: wired to the first app window that posts to the page from an accepted
 * origin; its controls; its log for the inspector. Never throws at the app.
 *
 * @example
 * const replaying = pageReplay(recording, { accepts: (origin) => origin === appOrigin });
 * const log = inspector(replaying.log, frameName);
 * replaying.onDivergence((d) => log.notice(d.message));
 */
export function pageReplay(
  recording: unknown,
  o: { accepts(origin: string): boolean; name?: string; tolerant?: boolean },
): {
  replay: Replay;
  element: HTMLElement;
  log: LogSource;
  onDivergence(listener: (d: ReplayDivergence) => void): void;
} {
  const divergenceListeners: ((d: ReplayDivergence) => void)[] = [];
  const replay = createReplay(recording, {
    tolerant: o.tolerant ?? false,
    onDivergence: (d) => divergenceListeners.forEach((l) => l(d)),
  });
  const entries: HostLogEntry[] = [];
  const listeners = new Set<Listener>();
  const requests = new Map<unknown, string>();
  let seq = 0;
  let app: { source: MessageEventSource; origin: string } | undefined;
  const record = (entry: Omit<HostLogEntry, 'seq' | 'at' | 'frameId' | 'origin'>) => {
    const full: HostLogEntry = {
      ...entry,
      seq: ++seq,
      at: Date.now(),
      frameId: 'replay',
      origin: app?.origin ?? '',
    };
    entries.push(full);
    if (entries.length > 5000) entries.shift();
    for (const l of listeners) l(full);
  };
  /** Messages sent while the app's message is handled: logged after it. */
  let held: unknown[] | undefined;
  const toApp = (message: unknown) => {
    if (!app) return;
    if (held) {
      held.push(message);
      return;
    }
    const m = message as Record<string, unknown>;
    const kind = kindOf('in', message);
    record({
      direction: 'out',
      type: kind === 'legacy' || kind === undefined ? 'event' : kind,
      ...(typeof m?.event === 'string' && { topic: m.event }),
      ...(m?.referenceId !== undefined && {
        referenceId: m.referenceId,
        request: requests.get(m.referenceId),
      }),
      message,
    });
    (app.source as Window).postMessage(message, app.origin);
  };
  const flush = () => {
    const list = held ?? [];
    held = undefined;
    list.forEach(toApp);
  };
  window.addEventListener('message', (e) => {
    if (!e.source || e.source === window || !o.accepts(e.origin)) return;
    if (!app) {
      app = { source: e.source, origin: e.origin };
      replay.connect(toApp);
      document.body.dataset.replayConnected = 'true';
      update();
    }
    if (e.source !== app.source) return;
    const m = e.data as Record<string, unknown>;
    const kind = kindOf('out', e.data);
    if (kind === 'request') requests.set(m.referenceId, m.request as string);
    const before = replay.divergences.length;
    held = [];
    try {
      replay.receive(e.data);
    } catch {
      // never: the replay does not throw
    }
    const unexpected = replay.divergences.slice(before).some((d) => d.kind === 'unexpected');
    const entry: Omit<HostLogEntry, 'seq' | 'at' | 'frameId' | 'origin'> = {
      direction: 'in',
      type: kind === undefined || kind === 'legacy' ? 'invalid' : kind,
      ...(kind === 'request' && { request: m.request as string, referenceId: m.referenceId }),
      outcome: kind === undefined ? 'invalid' : unexpected ? 'dropped' : 'answered',
      message: e.data,
    };
    record(entry); // listed before the reply it got
    flush();
  });

  const position = h('span', { role: 'status', 'data-testid': 'replay-position' });
  const count = h('span', { role: 'status', 'data-testid': 'replay-divergences' });
  const play = h(
    'button',
    { type: 'button', 'data-testid': 'replay-play', onclick: () => replay.play() },
    'Play',
  );
  const pause = h(
    'button',
    { type: 'button', 'data-testid': 'replay-pause', onclick: () => replay.pause() },
    'Pause',
  );
  const step = h(
    'button',
    { type: 'button', 'data-testid': 'replay-step', onclick: () => replay.step() },
    'Step',
  );
  const finish = h(
    'button',
    {
      type: 'button',
      'data-testid': 'replay-finish',
      title: 'End the replay: recorded requests the app never sent become divergences',
      onclick: () => replay.finish(),
    },
    'Finish',
  );
  const update = () => {
    const p = replay.position;
    const total = replay.recording.messages.length;
    const state = !app
      ? ' · waiting for the app to connect'
      : p.done
        ? ' · at the end'
        : p.playing
          ? ' · playing'
          : '';
    position.textContent = `step ${p.step} of ${p.steps} · messages[${Math.min(p.index, total)}] of ${total}${state}`;
    const n = replay.divergences.length;
    count.textContent = n ? `${n} divergence${n === 1 ? '' : 's'}` : 'no divergence';
    count.dataset.count = String(n);
    // Events sent before the app is there would be lost: the controls wait for it.
    play.disabled = !app || p.playing || p.done;
    pause.disabled = !p.playing;
    step.disabled = !app || p.playing || p.done;
    finish.disabled = !app;
  };
  replay.onChange(update);
  update();
  const element = h(
    'section',
    { 'aria-label': 'Replay', class: 'replay-bar', 'data-testid': 'replay' },
    h('strong', {}, `Replaying ${o.name ?? 'a recording'}`),
    position,
    play,
    pause,
    step,
    finish,
    count,
    h(
      'small',
      {},
      `The app talks to the recording, not to the simulated desktop; requests matched by ${
        o.tolerant ? 'name only (tolerant)' : 'name and parameters'
      }; divergences show in Messages.`,
    ),
  );
  return {
    replay,
    element,
    log: {
      log: () => [...entries],
      onLog(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    onDivergence: (l) => divergenceListeners.push(l),
  };
}
