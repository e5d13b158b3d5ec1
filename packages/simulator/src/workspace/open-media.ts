import type { Interaction, KeyValues } from '@wwe-kit/core';
import type { Desktop } from './desktop';
import { addInteraction } from './interactions';
import { keyValues, str, type Handlers } from './params';

/**
 * What {@link inboundChat} (`simulateInboundChat`) and `chatInteraction` take.
 *
 * @example
 * const chat: InboundChatInit = { from: 'Ada', message: 'Hello', userData: { Order: '42' } };
 */
export interface InboundChatInit {
  /** The customer's name. Default `"Customer"`. */
  from?: string;
  /** The customer's first message, if any. */
  message?: string;
  /** The user data (attached data) it arrives with. */
  userData?: KeyValues;
}

/**
 * What {@link inboundEmail} (`simulateInboundEmail`) and `emailInteraction` take.
 *
 * @example
 * const email: InboundEmailInit = { from: 'ada@example.com', subject: 'Invoice' };
 */
export interface InboundEmailInit {
  /** Default `"customer@example.com"`. */
  from?: string;
  /** Default `"support@example.com"`. */
  to?: string;
  /** Default `""`. */
  subject?: string;
  /** Default `""`. */
  body?: string;
  /** The user data (attached data) it arrives with. */
  userData?: KeyValues;
}

/**
 * The fields of a new chat invitation, before the desktop gives it ids. Internal.
 *
 * @example
 * inboundChatFields({ from: 'Ada', message: 'Hi' }).messages; // [{ from: 'Ada', text: 'Hi' }]
 */
export function inboundChatFields(o: InboundChatInit = {}) {
  const from = o.from ?? 'Customer';
  return {
    media: 'chat',
    state: 'INVITED',
    direction: 'IN',
    parties: [{ name: from }],
    messages: o.message === undefined ? [] : [{ from, text: o.message }],
    userData: { ...o.userData },
  } satisfies Partial<Interaction>;
}

/**
 * The fields of a new inbound email, before the desktop gives it ids. Internal.
 *
 * @example
 * inboundEmailFields({ subject: 'Invoice' }).from; // 'customer@example.com'
 */
export function inboundEmailFields(o: InboundEmailInit = {}) {
  const from = o.from ?? 'customer@example.com';
  return {
    media: 'email',
    state: 'INVITED',
    direction: 'IN',
    from,
    to: o.to ?? 'support@example.com',
    subject: o.subject ?? '',
    body: o.body ?? '',
    parties: [{ name: from }],
    userData: { ...o.userData },
  } satisfies Partial<Interaction>;
}

/**
 * An inbound chat invitation: `ADDED` then `INVITED`.
 *
 * @example
 * inboundChat(desktop, { from: 'Ada', message: 'Hello' }).interactionId; // '1'
 */
export function inboundChat(d: Desktop, o: InboundChatInit = {}): Interaction {
  return addInteraction(d, inboundChatFields(o), 'INVITED');
}

/**
 * An inbound email invitation: `ADDED` then `INVITED`.
 *
 * @example
 * inboundEmail(desktop, { from: 'ada@example.com', subject: 'Invoice' });
 */
export function inboundEmail(d: Desktop, o: InboundEmailInit = {}): Interaction {
  return addInteraction(d, inboundEmailFields(o), 'INVITED');
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
 * emailHandlers['email.create'](desktop, ['ada@example.com', null], caller); // ADDED, CREATED
 */
export const emailHandlers = {
  'email.create': (d, [destination, userData]) => {
    const to = str(destination, 'destination');
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
        userData: keyValues(userData, 'userData'),
      },
      'CREATED',
    );
  },
} satisfies Partial<Handlers>;
