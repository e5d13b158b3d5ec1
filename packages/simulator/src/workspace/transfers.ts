import type { Interaction, KeyValues } from '@wwe-kit/core';
import type { Desktop } from './desktop';
import { addInteraction, removeInteraction } from './interactions';
import { keyValues, str, type Handlers } from './params';
import { CONNECTED, releaseCall, remoteAnswer } from './voice';

/**
 * The destination of a target: a string, or `{ type | target, destination, media? }`.
 *
 * @example
 * targetDestination({ type: 'AGENT', destination: 'SIP_5001' }); // 'SIP_5001'
 */
export function targetDestination(target: unknown): string {
  if (typeof target === 'string' && target) return target;
  if (typeof target === 'object' && target !== null) {
    const dest = (target as { destination?: unknown }).destination;
    if (typeof dest === 'string' && dest) return dest;
  }
  throw new Error("Parameter 'target' must be a destination string or { type, destination }");
}

/**
 * The name of the party a destination stands for: with no directory, any destination (named
 * after itself); with one, a destination of the directory (named after its entry), else
 * `Unknown target '<destination>'`.
 *
 * @example
 * targetName(desktop, 'jsmith'); // 'John Smith'
 */
export function targetName(d: Desktop, destination: string): string {
  const entry = d.targets.find((e) => e.destination === destination);
  if (d.targets.length && !entry) throw new Error(`Unknown target '${destination}'`);
  return entry?.name || destination;
}

const ACTIVE_OPEN = ['ACCEPTED'];

function expectConnected(i: Interaction, action: string): void {
  if (i.media === 'email') throw new Error(`Cannot ${action} an email interaction`);
  const ok = i.media === 'voice' ? CONNECTED : ACTIVE_OPEN;
  if (!(ok as readonly string[]).includes(i.state))
    throw new Error(`Cannot ${action} interaction '${i.interactionId}' in state ${i.state}`);
}

function addParty(d: Desktop, i: Interaction, name: string): void {
  i.parties = [...(i.parties ?? []), { name }];
  d.emitInteraction('PARTY_CHANGED', i);
}

/** Ends the agent's part in an interaction after a transfer. */
function handOver(d: Desktop, i: Interaction): void {
  if (i.media === 'voice') return releaseCall(d, i);
  d.transition(i, 'TRANSFER_COMPLETED', 'TRANSFER_COMPLETED');
  removeInteraction(d, i);
}

function consultOf(d: Desktop, id: string): { consult: Interaction; parent: Interaction } {
  const consult = d.interaction(id);
  const parent = consult.parentInteractionId
    ? d.interactions.get(consult.parentInteractionId)
    : undefined;
  if (!consult.isConsultation || !parent)
    throw new Error(`Interaction '${id}' is not a consultation`);
  expectConnected(consult, 'complete');
  return { consult, parent };
}

function consult(d: Desktop, parent: Interaction, destination: string, userData: KeyValues): void {
  const name = targetName(d, destination);
  expectConnected(parent, 'consult on');
  if (parent.media === 'voice' && parent.state === 'TALKING') {
    d.transition(parent, 'HELD', 'HELD');
  }
  const voice = parent.media === 'voice';
  const c = addInteraction(
    d,
    {
      media: parent.media,
      state: voice ? 'DIALING' : 'ACCEPTED',
      parentInteractionId: parent.interactionId,
      caseId: parent.caseId,
      isConsultation: true,
      direction: 'OUT',
      ...(voice ? { callType: 'CONSULT', dnis: destination } : {}),
      parties: [{ name }],
      userData: { ...parent.userData, ...userData },
    },
    voice ? 'DIALING' : 'ACCEPTED',
  );
  if (voice && d.outboundAnswer === 'auto') remoteAnswer(d, c.interactionId);
}

/**
 * Consult, transfer and conference requests. Internal.
 *
 * @example
 * transferHandlers['interaction.consult'](desktop, ['1', 'SIP_5002', null, null], caller);
 */
export const transferHandlers = {
  'interaction.singleStepTransfer': (d, [id, target, userData]) => {
    const i = d.interaction(str(id, 'interactionId'));
    targetName(d, targetDestination(target));
    expectConnected(i, 'transfer');
    Object.assign(i.userData!, keyValues(userData, 'userData'));
    handOver(d, i);
  },
  'interaction.singleStepConference': (d, [id, target, userData]) => {
    const i = d.interaction(str(id, 'interactionId'));
    const name = targetName(d, targetDestination(target));
    expectConnected(i, 'conference');
    Object.assign(i.userData!, keyValues(userData, 'userData'));
    addParty(d, i, name);
    d.changed();
  },
  'interaction.consult': (d, [id, target, userData]) =>
    consult(
      d,
      d.interaction(str(id, 'interactionId')),
      targetDestination(target),
      keyValues(userData, 'userData'),
    ),
  'interaction.completeTransfer': (d, [id]) => {
    const { consult: c, parent } = consultOf(d, str(id, 'consultInteractionId'));
    handOver(d, parent);
    if (c.media === 'voice') releaseCall(d, c);
    else removeInteraction(d, c);
  },
  'interaction.completeConference': (d, [id]) => {
    const { consult: c, parent } = consultOf(d, str(id, 'consultInteractionId'));
    // The held call is retrieved into the conference: ESTABLISHED, as voice.resume raises.
    if (parent.state === 'HELD') d.transition(parent, 'TALKING', 'ESTABLISHED');
    addParty(d, parent, c.parties?.[0]?.name ?? 'consulted party');
    if (c.media === 'voice') releaseCall(d, c);
    removeInteraction(d, c);
  },
} satisfies Partial<Handlers>;
