// Wire payloads shared by the browser pages and the node benchmarks: what Workspace sends, shaped
// like protocol.md's messages and the simulator's interactions (a voice call with user data).

export const SERVER = { userAgent: 'WWE Server', protocolVersion: 2 };

/** The reply data of `agent.getState` (a state of the simulator's state list). */
export const READY_STATE = {
  id: 'Ready',
  displayName: 'Ready',
  state: 'READY',
  operationName: 'Ready',
  reason: null,
};

const KINDS = [
  'ATTACHED_DATA_CHANGED',
  'HELD',
  'ESTABLISHED',
  'CALL_RECORDING_STATE_CHANGED',
  'PARTY_CHANGED',
];

/**
 * A voice interaction as Workspace describes it; `n` varies its mutable fields (`userData.Seq`
 * is `String(n)`, so a reader can tell which event it reflects).
 *
 * @param {number} i interaction number; its id is `String(i)`
 * @param {number} n event sequence number
 */
export function voiceCall(i, n) {
  return {
    interactionId: String(i),
    media: 'voice',
    state: n % 2 ? 'HELD' : 'TALKING',
    previousState: 'RINGING',
    caseId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    isConsultation: false,
    isMainCaseInteraction: true,
    isCaseSelected: false,
    isCaseExpanded: false,
    startDate: 1704099600000 + i,
    ani: `+1555${String(i).padStart(6, '0')}`,
    recordingState: n % 3 ? 'RECORDING' : 'STOPPED',
    parties: [{ name: '5001' }],
    userData: { Seq: String(n), Customer: `c${i}`, Segment: n % 5 ? 'gold' : 'silver' },
  };
}

/** The interactions `interaction.getInteractions` returns before a run: ids "0" … count-1. */
export function initialInteractions(count) {
  return Array.from({ length: count }, (_, i) => voiceCall(i, -1));
}

/**
 * One `interaction` event message changing interaction `i` (sequence number `n`).
 *
 * @param {number} i
 * @param {number} n
 */
export function interactionEvent(i, n) {
  return {
    event: 'interaction',
    data: { eventType: KINDS[n % KINDS.length], media: 'voice', interaction: voiceCall(i, n) },
    ...SERVER,
  };
}

/**
 * The `ADDED` events of interactions "0" … count-1: how the Node benchmarks load many
 * interactions into the stores.
 */
export function addedEvents(count) {
  return Array.from({ length: count }, (_, i) => ({
    event: 'interaction',
    data: { eventType: 'ADDED', media: 'voice', interaction: voiceCall(i, -1) },
    ...SERVER,
  }));
}

/**
 * `count` event messages spread over `interactions` live interactions with a fixed pseudo-random
 * order (the same in every run and every runtime).
 */
export function interactionEvents(count, interactions) {
  const out = new Array(count);
  let seed = 42;
  for (let n = 0; n < count; n++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    out[n] = interactionEvent(seed % interactions, n);
  }
  return out;
}
