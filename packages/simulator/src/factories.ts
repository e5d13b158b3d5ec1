import type { CaseEvent, CaseEventType, Interaction, InteractionChangeEvent } from '@wwe-kit/core';
import { DEFAULT_START_TIME } from './workspace/clock';
import { newInteraction } from './workspace/interactions';
import {
  inboundChatFields,
  inboundEmailFields,
  type InboundChatInit,
  type InboundEmailInit,
} from './workspace/open-media';
import { inboundCallFields, type InboundCallInit } from './workspace/voice';

/**
 * An inbound call as Workspace describes it (`RINGING`), with every field the simulated desktop
 * fills in: ids derived from `interactionId` (default `"1"`), case, `callUuid`, `startDate`
 * (2024-01-01T09:00:00Z), `IW_CaseUid`/`IW_BundleUid` user data. Any field may be overridden.
 *
 * Standalone, it is the `Interaction` a component, a store or an event expects, without a
 * hand-written payload; with the driver, `workspace.simulateInbound(voiceInteraction(...))` makes
 * it ring (the desktop then gives it its own ids). `workspace.simulateInboundCall()` takes the
 * same `ani`, `dnis` and `userData`.
 *
 * @example
 * const call = voiceInteraction({ ani: '5551234', userData: { Segment: 'Gold' } });
 * render(<CallCard interaction={call} />);
 * const id = t.workspace.simulateInbound(call); // rings in the simulated Workspace
 */
export function voiceInteraction(init: InboundCallInit & Partial<Interaction> = {}): Interaction {
  return newInteraction(
    init.interactionId ?? '1',
    { ...inboundCallFields(init), ...init },
    init.startDate ?? DEFAULT_START_TIME,
  );
}

/**
 * A chat invitation as Workspace describes it (`INVITED`), with every field the simulated desktop
 * fills in (see {@link voiceInteraction}); `from` names the party and `message` becomes the first
 * of `messages`.
 *
 * @example
 * const chat = chatInteraction({ from: 'Ada', message: 'Hello', userData: { Order: '42' } });
 * chat.messages; // [{ from: 'Ada', text: 'Hello' }]
 * t.workspace.simulateInbound(chat);
 */
export function chatInteraction(init: InboundChatInit & Partial<Interaction> = {}): Interaction {
  const { message: _message, from: _from, ...fields } = init;
  return newInteraction(
    init.interactionId ?? '1',
    { ...inboundChatFields(init), ...fields },
    init.startDate ?? DEFAULT_START_TIME,
  );
}

/**
 * An inbound email as Workspace describes it (`INVITED`), with every field the simulated desktop
 * fills in (see {@link voiceInteraction}).
 *
 * @example
 * const email = emailInteraction({ from: 'ada@example.com', subject: 'Invoice 42' });
 * t.workspace.simulateInbound(email);
 */
export function emailInteraction(init: InboundEmailInit & Partial<Interaction> = {}): Interaction {
  return newInteraction(
    init.interactionId ?? '1',
    { ...inboundEmailFields(init), ...init },
    init.startDate ?? DEFAULT_START_TIME,
  );
}

/**
 * The `data` of an `interaction` event as Workspace sends it: `{ eventType, media, interaction }`
 * (plus `extra`), for a handler tested on its own or a hand-driven `@wwe-kit/core/testing` memory
 * host. The case events carry no interaction: make them with {@link caseEvent}.
 *
 * @example
 * const e = interactionEvent('RINGING', voiceInteraction({ ani: '5551234' }));
 * onInteraction(e); // the handler under test
 * memoryHost.post({ event: 'interaction', data: e, userAgent: 'WWE Server', protocolVersion: 2 });
 */
export function interactionEvent(
  eventType: InteractionChangeEvent['eventType'],
  interaction: Interaction,
  extra: Record<string, unknown> = {},
): InteractionChangeEvent {
  return { eventType, media: interaction.media, interaction, ...extra };
}

/**
 * The `data` of a `CASE_SELECTED`, `CASE_EXPANDED` or `CASE_COLLAPSED` event exactly as Genesys
 * documents it (the Interaction namespace page, `selectCaseByCaseId`): `{ eventType,
 * selectedCaseId }`, no interaction and no media.
 *
 * @example
 * const e = caseEvent('CASE_SELECTED', voiceInteraction().caseId!);
 * memoryHost.post({ event: 'interaction', data: e, userAgent: 'WWE Server', protocolVersion: 2 });
 */
export function caseEvent(eventType: CaseEventType, selectedCaseId: string): CaseEvent {
  return { eventType, selectedCaseId };
}
