/** Busy rounds after which `settled()` gives up: messages that never stop (a request loop). */
const MAX_ROUNDS = 1000;
/** Microtask turns per round when timers are faked (no timer turn to wait for). */
const MICROTASK_TURNS = 100;

/** Whether `setTimeout` is a fake (vitest/jest `useFakeTimers`, @sinonjs/fake-timers). */
const timersFaked = () => {
  const st = globalThis.setTimeout as unknown as Record<string, unknown>;
  return 'clock' in st || '_isMockFunction' in st;
};

/** One round: a timer turn (every queued microtask runs before it), or microtask turns. */
async function turn(): Promise<void> {
  if (!timersFaked()) return new Promise<void>((resolve) => setTimeout(resolve, 0));
  for (let i = 0; i < MICROTASK_TURNS; i++) await Promise.resolve();
}

/**
 * Counts the messages of an in-memory link (both ways) so a test can wait until it is quiet.
 * Internal to `createTestWorkspace`.
 *
 * @example
 * const traffic = createTraffic();
 * transport.post(m); traffic.sent(); // after each post, both ways
 * await traffic.settled();
 */
export function createTraffic() {
  let posted = 0;
  let inFlight = 0;
  return {
    /** Call right after a message was queued for delivery (queueMicrotask): counts it until it is. */
    sent(): void {
      posted++;
      inFlight++;
      // Queued after the delivery's own microtask, so it runs once the message is delivered.
      queueMicrotask(() => inFlight--);
    },
    async settled(): Promise<void> {
      for (let round = 0; round < MAX_ROUNDS; round++) {
        const before = posted;
        await turn();
        if (posted === before && inFlight === 0) return;
      }
      throw new Error(
        `settled(): messages still flowing after ${MAX_ROUNDS} rounds (a request/event loop?)`,
      );
    },
  };
}
