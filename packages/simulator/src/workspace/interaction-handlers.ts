import type { Interaction } from '@wwe-kit/core';
import type { Desktop } from './desktop';
import { removeInteraction, selectCase } from './interactions';
import { endChat } from './open-media';
import { keyValues, str, type Handlers } from './params';
import { answer, releaseCall } from './voice';

/**
 * Marks an interaction done. A call must be released first. An accepted chat is ended, an
 * outbound email is sent (`SENT`), open media raise `COMPLETED`; then a `markdone` notice
 * (`{ eventType: 'MARKDONE', interactionId, media }`, payload inferred) and `REMOVED`.
 *
 * @example
 * markDone(desktop, desktop.interaction('1')); // ... markdone notice, REMOVED
 */
export function markDone(d: Desktop, i: Interaction): void {
  const warning = d.blockedMarkdone.get(i.interactionId);
  if (warning !== undefined) throw new Error(warning);
  if (i.media === 'voice') {
    if (i.state !== 'RELEASED')
      throw new Error(`Cannot mark done interaction '${i.interactionId}' in state ${i.state}`);
  } else if (i.media !== 'outboundpreview') {
    if (i.state === 'INVITED')
      throw new Error(`Cannot mark done interaction '${i.interactionId}' before it is accepted`);
    if (i.media === 'chat' && i.state === 'ACCEPTED') endChat(d, i);
    if (i.media === 'email' && i.direction === 'OUT') d.transition(i, 'SENT', 'SENT');
    d.transition(i, 'COMPLETED', 'COMPLETED');
  }
  d.emit('markdone', { eventType: 'MARKDONE', interactionId: i.interactionId, media: i.media });
  removeInteraction(d, i);
}

function reject(d: Desktop, i: Interaction): void {
  if (i.media === 'voice') {
    if (i.state !== 'RINGING')
      throw new Error(`Cannot reject interaction '${i.interactionId}' in state ${i.state}`);
    releaseCall(d, i);
  } else {
    if (i.state !== 'INVITED')
      throw new Error(`Cannot reject interaction '${i.interactionId}' in state ${i.state}`);
    d.transition(i, 'REVOKED', 'REVOKED');
  }
  removeInteraction(d, i);
}

/**
 * The states in which a call is no longer live. Genesys documents `setUserData` as acting "on the
 * live interaction (for voice, this means the interaction is not in the IDLE state)"
 * (https://enu.docs.genesys.com/Documentation:GWS:Dev:InteractionNamespace:8.5.2); the simulator
 * leaves a hung-up call in `RELEASED` until it is marked done, so both count. The page documents
 * no such rule for other media, nor for `deleteUserData`.
 */
const ENDED_CALL = new Set(['IDLE', 'RELEASED']);

/**
 * `i` when user data may be set on it; otherwise throws the error the request answers (Workspace's
 * own wording is not documented).
 *
 * @example
 * liveInteraction(desktop.interaction('1')); // throws once the call is released
 */
function liveInteraction(i: Interaction): Interaction {
  if (i.media === 'voice' && ENDED_CALL.has(i.state as string))
    throw new Error(
      `Cannot set user data on interaction '${i.interactionId}' in state ${i.state}: only a live interaction takes user data`,
    );
  return i;
}

const list = (d: Desktop, field: 'caseId' | 'bundleId', value: string) =>
  [...d.interactions.values()].filter((i) => i[field] === value);

/**
 * The `interaction.*` requests except transfers. Internal.
 *
 * @example
 * interactionHandlers['interaction.getInteractions'](desktop, [], caller); // Interaction[]
 */
export const interactionHandlers = {
  'interaction.getInteractions': (d) => [...d.interactions.values()],
  'interaction.getByInteractionId': (d, [id]) =>
    d.interactions.get(str(id, 'interactionId')) ?? null,
  'interaction.getByCaseId': (d, [caseId]) => list(d, 'caseId', str(caseId, 'caseId')),
  'interaction.getByBundleId': (d, [bundleId]) => list(d, 'bundleId', str(bundleId, 'bundleId')),
  'interaction.setUserData': (d, [id, values]) => {
    const i = liveInteraction(d.interaction(str(id, 'interactionId')));
    Object.assign(i.userData!, keyValues(values, 'keyValues'));
    d.emitInteraction('ATTACHED_DATA_CHANGED', i);
    d.changed();
  },
  'interaction.deleteUserData': (d, [id, k]) => {
    const i = d.interaction(str(id, 'interactionId'));
    const key = str(k, 'key');
    if (!Object.prototype.hasOwnProperty.call(i.userData, key)) return;
    delete i.userData![key];
    d.emitInteraction('ATTACHED_DATA_CHANGED', i);
    d.changed();
  },
  'interaction.selectCaseByCaseId': (d, [caseId]) => selectCase(d, str(caseId, 'caseId')),
  'interaction.markdone': (d, [id]) => markDone(d, d.interaction(str(id, 'interactionId'))),
  'interaction.blockMarkdone': (d, [id, warning]) => {
    const i = d.interaction(str(id, 'interactionId'));
    d.blockedMarkdone.set(
      i.interactionId,
      typeof warning === 'string' && warning ? warning : 'Mark done is blocked',
    );
    d.changed();
  },
  'interaction.unblockMarkdone': (d, [id]) => {
    d.blockedMarkdone.delete(d.interaction(str(id, 'interactionId')).interactionId);
    d.changed();
  },
  'interaction.accept': (d, [id]) => {
    const i = d.interaction(str(id, 'interactionId'));
    if (i.media === 'voice') return answer(d, i.interactionId);
    if (i.state !== 'INVITED')
      throw new Error(`Cannot accept interaction '${i.interactionId}' in state ${i.state}`);
    d.transition(i, 'ACCEPTED', 'ACCEPTED');
    d.changed();
  },
  'interaction.reject': (d, [id]) => reject(d, d.interaction(str(id, 'interactionId'))),
} satisfies Partial<Handlers>;
