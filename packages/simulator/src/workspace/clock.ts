/**
 * A clock that only moves when told to, so that simulations and tests of rate-limit windows and
 * quarantines are deterministic and take no real time.
 *
 * @example
 * const clock = createManualClock(Date.UTC(2024, 0, 1));
 * clock.advance(61_000);
 * new Date(clock.now()).toISOString(); // '2024-01-01T00:01:01.000Z'
 */
export interface ManualClock {
  /** The current time in ms since the epoch. */
  now(): number;
  /** Moves the clock forward by `ms` milliseconds. */
  advance(ms: number): void;
  /** Sets the clock to an absolute time. */
  set(ms: number): void;
}

/**
 * 2024-01-01T09:00:00Z: the default start of simulated time.
 *
 * @example
 * new Date(DEFAULT_START_TIME).toISOString(); // '2024-01-01T09:00:00.000Z'
 */
export const DEFAULT_START_TIME = Date.UTC(2024, 0, 1, 9, 0, 0);

/**
 * Creates a {@link ManualClock} starting at `start` (default {@link DEFAULT_START_TIME}).
 *
 * @example
 * const clock = createManualClock();
 * const workspace = createSimulatedWorkspace({ now: clock.now });
 */
export function createManualClock(start = DEFAULT_START_TIME): ManualClock {
  let t = start;
  return {
    now: () => t,
    advance(ms) {
      if (!(ms >= 0)) throw new RangeError(`advance() takes a positive duration, got ${ms}`);
      t += ms;
    },
    set(ms) {
      t = ms;
    },
  };
}
