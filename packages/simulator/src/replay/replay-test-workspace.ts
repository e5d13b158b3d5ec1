import {
  createWorkspaceClient,
  type Transport,
  type WorkspaceClient,
  type WorkspaceClientOptions,
} from '@wwe-kit/core';
import type { RecordedMessage } from '@wwe-kit/core/recording';
import { createMemoryTransport } from '@wwe-kit/core/testing';
import { createTraffic } from '../traffic';
import { createManualClock, type ManualClock } from '../workspace/clock';
import {
  createReplay,
  ReplayDivergenceError,
  type Replay,
  type ReplayDivergence,
  type ReplayOptions,
  type ReplayPosition,
} from './replay';

/**
 * Options of `createTestWorkspace({ replay })`: a recording replayed instead of a simulated
 * Workspace.
 *
 * @example
 * const options: ReplayTestWorkspaceOptions = { replay: recording, tolerant: true, strict: false };
 */
export interface ReplayTestWorkspaceOptions extends Pick<ReplayOptions, 'tolerant' | 'speed'> {
  /** The recording (parsed JSON or its text). Invalid: `createTestWorkspace` throws the validator's message. */
  replay: unknown;
  /** The client's origin. Default `"http://localhost"`. */
  origin?: string;
  /** Options of the `@wwe-kit/core` client (its `transport` is the in-memory one). */
  client?: Partial<WorkspaceClientOptions>;
  /**
   * Fail on divergences (default `true`): `settled()`, `step()`, `runUntil()` and `runToEnd()`
   * reject with a {@link ReplayDivergenceError} listing the divergences not reported yet.
   */
  strict?: boolean;
}

/**
 * A `@wwe-kit/core` client linked to a {@link Replay} of a recording: the same `client`,
 * `clock`, `settled()` and `dispose()` as with a simulated Workspace, and the replay's controls,
 * each of which waits until the app is settled.
 *
 * @example
 * const t = createTestWorkspace({ replay: recording });
 * await t.runToEnd(); // rejects on a divergence (strict)
 * t.dispose();
 */
export interface ReplayTestWorkspace {
  client: WorkspaceClient;
  replay: Replay;
  clock: ManualClock;
  /** As with a simulated Workspace; in strict mode it rejects on a new divergence. */
  settled(): Promise<void>;
  /** Sends the next recorded event, then waits until settled; the event, or `undefined` at the end. */
  step(): Promise<RecordedMessage | undefined>;
  /** Steps (settling after each) until `predicate` holds for the event just sent, or to the end. */
  runUntil(predicate: (message: RecordedMessage, index: number) => boolean): Promise<number>;
  /** Steps to the end, settles, then reports recorded requests never sent (`finish()`). */
  runToEnd(): Promise<void>;
  readonly position: ReplayPosition;
  readonly divergences: readonly ReplayDivergence[];
  dispose(): void;
}

/**
 * `createTestWorkspace({ replay })`: see {@link ReplayTestWorkspace}.
 *
 * @example
 * const t = createReplayTestWorkspace({ replay: recording });
 */
export function createReplayTestWorkspace(init: ReplayTestWorkspaceOptions): ReplayTestWorkspace {
  const replay = createReplay(init.replay, { tolerant: init.tolerant, speed: init.speed });
  const strict = init.strict ?? true;
  const origin = init.origin ?? 'http://localhost';
  const clock = createManualClock();
  const traffic = createTraffic();
  const memory = createMemoryTransport({ clientOrigin: origin });
  const disconnect = replay.connect((m) => {
    memory.host.post(m);
    traffic.sent();
  });
  const stop = memory.host.onMessage((m) => replay.receive(m));
  const transport: Transport = {
    post(m) {
      memory.transport.post(m);
      traffic.sent();
    },
    connect: (receive, reject) => memory.transport.connect(receive, reject),
  };
  const client = createWorkspaceClient({ now: clock.now, ...init.client, transport });
  let reported = 0;
  const check = () => {
    if (!strict || replay.divergences.length === reported) return;
    const fresh = replay.divergences.slice(reported);
    reported = replay.divergences.length;
    throw new ReplayDivergenceError(fresh);
  };
  const settled = async () => {
    await traffic.settled();
    check();
  };
  return {
    client,
    replay,
    clock,
    settled,
    async step() {
      await settled();
      const m = replay.step();
      await settled();
      return m;
    },
    async runUntil(predicate) {
      let taken = 0;
      await settled();
      while (!replay.position.done) {
        const index = replay.position.index;
        const m = replay.step();
        await settled();
        if (!m) break;
        taken++;
        if (predicate(m, index)) break;
      }
      return taken;
    },
    async runToEnd() {
      await settled();
      while (!replay.position.done) {
        replay.step();
        await settled();
      }
      replay.finish();
      check();
    },
    get position() {
      return replay.position;
    },
    get divergences() {
      return replay.divergences;
    },
    dispose() {
      replay.pause();
      client.dispose();
      stop();
      disconnect();
    },
  };
}
