import type { Interaction, KeyValues } from '@wwe-kit/core';
import type { Desktop } from './desktop';
import { addInteraction } from './interactions';
import { keyValues, str, type Handler } from './params';

/**
 * An inbound chat invitation: `ADDED` then `INVITED`.
 *
 * @example
 * inboundChat(desktop, { from: 'Ada', message: 'Hello' }).interactionId; // '1'
 */
export function inboundChat(
  d: Desktop,
  o: { from?: string; message?: string; userData?: KeyValues } = {},
): Interaction {
  const from = o.from ?? 'Customer';
  return addInteraction(
    d,
    {
      media: 'chat',
      state: 'INVITED',
      direction: 'IN',
      parties: [{ name: from }],
      messages: o.message === undefined ? [] : [{ from, text: o.message }],
      userData: { ...o.userData },
    },
    'INVITED',
  );
}

/**
 * An inbound email invitation: `ADDED` then `INVITED`.
 *
 * @example
 * inboundEmail(desktop, { from: 'ada@example.com', subject: 'Invoice' });
 */
export function inboundEmail(
  d: Desktop,
  o: { from?: string; to?: string; subject?: string; body?: string; userData?: KeyValues } = {},
): Interaction {
  const from = o.from ?? 'customer@example.com';
  return addInteraction(
    d,
    {
      media: 'email',
      state: 'INVITED',
      direction: 'IN',
      from,
      to: o.to ?? 'support@example.com',
      subject: o.subject ?? '',
      body: o.body ?? '',
      parties: [{ name: from }],
      userData: { ...o.userData },
    },
    'INVITED',
  );
}

/**
 * A chat message from the customer: `NEW_MESSAGE` (with `message`) on an accepted chat.
 *
 * @example
 * customerMessage(desktop, '1', 'Are you there?'); // NEW_MESSAGE
 */
export function customerMessage(d: Desktop, id: string, text: string): void {
  const i = d.interaction(id);
  if (i.media !== 'chat' || i.state !== 'ACCEPTED')
    throw new Error(`Interaction '${id}' is not an accepted chat`);
  const from = i.parties?.[0]?.name ?? 'Customer';
  const message = { from, text };
  (i.messages as unknown[]).push(message);
  d.emitInteraction('NEW_MESSAGE', i, { message });
  d.changed();
}

/**
 * The customer leaves a chat: `ENDED`.
 *
 * @example
 * endChat(desktop, desktop.interaction('1')); // ENDED
 */
export function endChat(d: Desktop, i: Interaction): void {
  if (i.state !== 'ACCEPTED' && i.state !== 'INVITED')
    throw new Error(`Cannot end chat '${i.interactionId}' in state ${i.state}`);
  d.transition(i, 'ENDED', 'ENDED');
  d.changed();
}

/**
 * The `email.*` requests. Internal.
 *
 * @example
 * emailHandlers['email.create']!(desktop, ['ada@example.com', null], caller); // ADDED, CREATED
 */
export const emailHandlers: Record<string, Handler> = {
  'email.create': (d, p) => {
    const to = str(p, 0, 'destination');
    addInteraction(
      d,
      {
        media: 'email',
        state: 'CREATED',
        direction: 'OUT',
        to,
        subject: '',
        body: '',
        parties: [{ name: to }],
        userData: keyValues(p, 1, 'userData'),
      },
      'CREATED',
    );
  },
};
