import type { Interaction, KeyValues } from '@wwe-kit/core';
import type { Desktop } from './desktop';
import { addInteraction } from './interactions';
import { expectMedia, expectState, keyValues, str, type Handler, type Handlers } from './params';

/**
 * Voice states in which a call is connected (recording and transfers need one).
 *
 * @example
 * CONNECTED.includes(call.state as 'TALKING'); // a connected call
 */
export const CONNECTED = ['TALKING', 'HELD'] as const;

const call = (d: Desktop, id: unknown, action: string): Interaction => {
  const i = d.interaction(id);
  expectMedia(i, 'voice', action);
  return i;
};

/**
 * Starts an outbound call: `ADDED`, `DIALING`, then `ESTABLISHED` unless answering is manual.
 *
 * @example
 * dial(desktop, '5001', {}); // ADDED, DIALING, ESTABLISHED
 */
export function dial(
  d: Desktop,
  destination: string,
  userData: KeyValues,
  extra: Partial<Interaction> = {},
): Interaction {
  const i = addInteraction(
    d,
    {
      media: 'voice',
      state: 'DIALING',
      direction: 'OUT',
      callType: /^\d{1,5}$/.test(destination) ? 'INTERNAL' : 'OUTBOUND',
      dnis: destination,
      parties: [{ name: destination }],
      userData,
      ...extra,
    },
    'DIALING',
  );
  if (d.outboundAnswer === 'auto') remoteAnswer(d, i.interactionId);
  return i;
}

/**
 * The called party answers a dialled call: `DIALING` → `TALKING`, event `ESTABLISHED`.
 *
 * @example
 * remoteAnswer(desktop, '1'); // ESTABLISHED
 */
export function remoteAnswer(d: Desktop, id: string): void {
  const i = call(d, id, 'answer');
  expectState(i, ['DIALING'], 'connect');
  d.transition(i, 'TALKING', 'ESTABLISHED');
  d.changed();
}

/**
 * What {@link inboundCall} (`simulateInboundCall`) and `voiceInteraction` take.
 *
 * @example
 * const call: InboundCallInit = { ani: '5551234', userData: { Segment: 'Gold' } };
 */
export interface InboundCallInit {
  /** The caller's number. Default `"5551234"`. */
  ani?: string;
  /** The number called. Default `"8005550100"`. */
  dnis?: string;
  /** The user data (attached data) it arrives with. */
  userData?: KeyValues;
}

/**
 * The fields of a new inbound call (ringing), before the desktop gives it ids. Internal.
 *
 * @example
 * inboundCallFields({ ani: '5551234' }).parties; // [{ name: '5551234' }]
 */
export function inboundCallFields(o: InboundCallInit = {}) {
  const ani = o.ani ?? '5551234';
  return {
    media: 'voice',
    state: 'RINGING',
    direction: 'IN',
    callType: 'INBOUND',
    ani,
    dnis: o.dnis ?? '8005550100',
    parties: [{ name: ani }],
    userData: { ...o.userData },
  } satisfies Partial<Interaction>;
}

/**
 * An inbound call rings: `ADDED` then `RINGING`.
 *
 * @example
 * inboundCall(desktop, { ani: '5551234' }).interactionId; // '1'
 */
export function inboundCall(d: Desktop, o: InboundCallInit = {}): Interaction {
  return addInteraction(d, inboundCallFields(o), 'RINGING');
}

/**
 * Ends a call from either side: recording stops, then `RELEASED`.
 *
 * @example
 * releaseCall(desktop, desktop.interaction('1')); // RELEASED
 */
export function releaseCall(d: Desktop, i: Interaction): void {
  expectState(i, ['RINGING', 'DIALING', ...CONNECTED], 'hang up');
  if (i.recordingState !== 'STOPPED') setRecording(d, i, 'STOPPED');
  d.transition(i, 'RELEASED', 'RELEASED');
  d.changed();
}

function setRecording(d: Desktop, i: Interaction, state: string): void {
  i.recordingState = state;
  d.emitInteraction('CALL_RECORDING_STATE_CHANGED', i);
  d.changed();
}

const recording =
  (from: readonly string[], to: string, action: string): Handler<[interactionId: string], void> =>
  (d, [id]) => {
    const i = call(d, str(id, 'interactionId'), action);
    expectState(i, CONNECTED, action);
    if (!from.includes(i.recordingState ?? 'STOPPED'))
      throw new Error(
        `Cannot ${action} interaction '${i.interactionId}': recording is ${i.recordingState}`,
      );
    setRecording(d, i, to);
  };

/**
 * Answers a ringing call: `RINGING` → `TALKING`, event `ESTABLISHED`.
 *
 * @example
 * answer(desktop, '1'); // ESTABLISHED
 */
export function answer(d: Desktop, id: string): void {
  const i = call(d, id, 'answer');
  expectState(i, ['RINGING'], 'answer');
  d.transition(i, 'TALKING', 'ESTABLISHED');
  d.changed();
}

/**
 * The `voice.*` requests. Internal.
 *
 * @example
 * voiceHandlers['voice.hold'](desktop, ['1'], caller); // HELD
 */
export const voiceHandlers = {
  'voice.dial': (d, [destination, userData]) =>
    void dial(d, str(destination, 'destination'), keyValues(userData, 'userData')),
  'voice.dialEx': (d, [destination, userData, extensions]) =>
    void dial(d, str(destination, 'destination'), keyValues(userData, 'userData'), {
      extensions: keyValues(extensions, 'extensions'),
    }),
  'voice.answer': (d, [id]) => answer(d, str(id, 'interactionId')),
  'voice.hold': (d, [id]) => {
    const i = call(d, str(id, 'interactionId'), 'hold');
    expectState(i, ['TALKING'], 'hold');
    d.transition(i, 'HELD', 'HELD');
    d.changed();
  },
  'voice.resume': (d, [id]) => {
    const i = call(d, str(id, 'interactionId'), 'resume');
    expectState(i, ['HELD'], 'resume');
    d.transition(i, 'TALKING', 'ESTABLISHED');
    d.changed();
  },
  'voice.hangUp': (d, [id]) => releaseCall(d, call(d, str(id, 'interactionId'), 'hang up')),
  'voice.startCallRecording': recording(['STOPPED'], 'RECORDING', 'start recording'),
  'voice.stopCallRecording': recording(['RECORDING', 'PAUSED'], 'STOPPED', 'stop recording'),
  'voice.pauseCallRecording': recording(['RECORDING'], 'PAUSED', 'pause recording'),
  'voice.resumeCallRecording': recording(['PAUSED'], 'RECORDING', 'resume recording'),
} satisfies Partial<Handlers>;
