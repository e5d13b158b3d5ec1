import type { Interaction, Open } from './types';

/** Interaction event types common to every media. */
export type CommonInteractionEventType =
  | 'UNKNOWN'
  | 'ADDED'
  | 'REMOVED'
  | 'ATTACHED_DATA_CHANGED'
  | 'CASE_OR_BUNDLE_ID_CHANGED'
  | 'NEW_MESSAGE'
  | 'ERROR'
  | 'CASE_SELECTED'
  | 'CASE_EXPANDED'
  | 'CASE_COLLAPSED';
/** Interaction event types of voice calls. */
export type VoiceInteractionEventType =
  | 'CALL_RECORDING_STATE_CHANGED'
  | 'DIALING'
  | 'ESTABLISHED'
  | 'HELD'
  | 'PARTY_CHANGED'
  | 'RELEASED'
  | 'RINGING';
/** Interaction event types of open media (chat, email, work items). */
export type OpenMediaInteractionEventType =
  | 'ACCEPTED'
  | 'COMPLETED'
  | 'COMPOSING'
  | 'CREATED'
  | 'INSERT_STANDARD_RESPONSE'
  | 'INVITED'
  | 'INVITED_CONFERENCE'
  | 'IN_QUEUE_FAILED'
  | 'IN_WORKBIN'
  | 'IN_WORKBIN_FAILED'
  | 'LEFT_CONFERENCE'
  | 'PULLED'
  | 'PULL_FAILED'
  | 'PULL_WORKBIN_FAILED'
  | 'REVOKED'
  | 'TRANSFER_COMPLETED'
  | 'ENDED'
  | 'JOIN_FAILED'
  | 'JOIN_PENDING'
  | 'CANCELLED'
  | 'SENT';

/** Every known interaction `eventType`. */
export type InteractionEventType =
  CommonInteractionEventType | VoiceInteractionEventType | OpenMediaInteractionEventType;

/**
 * `data` of an `interaction` event: the event type and Workspace's current copy of the interaction.
 *
 * @example
 * client.on('interaction', (e) => {
 *   if (e.eventType === 'RINGING') console.log('call from', e.interaction.ani);
 * });
 */
export interface InteractionEvent {
  eventType: Open<InteractionEventType>;
  media?: string;
  interaction: Interaction;
  /** Present on `CASE_SELECTED`, `CASE_EXPANDED`, `CASE_COLLAPSED`. */
  selectedCaseId?: string;
  [key: string]: unknown;
}

/**
 * `data` of an `agent` event.
 *
 * @example
 * client.on('agent', (e) => {
 *   if (e.eventType === 'STATE_CHANGED') console.log(e.mediaState, e.reason, e.reasonCode);
 * });
 */
export interface AgentStateChangedEvent {
  eventType: 'STATE_CHANGED';
  /** `READY`, `NOT_READY`, `NOT_READY_ACTION_CODE`, `NOT_READY_AFTER_CALLWORK`, ... */
  mediaState: string;
  reason?: string;
  reasonCode?: string;
  [key: string]: unknown;
}

/** Any `agent` event; `STATE_CHANGED` is the documented one. */
export type AgentEvent =
  AgentStateChangedEvent | { eventType: string & {}; [key: string]: unknown };

/**
 * `data` of the `system` event raised when the agent clicks a button of a toast this app opened.
 *
 * @example
 * client.on('system', (e) => {
 *   if (e.eventType === 'CUSTOM_TOAST_BUTTON_CLICK') console.log(e.customToastId, e.buttonIndex);
 * });
 */
export interface ToastButtonClickEvent {
  eventType: 'CUSTOM_TOAST_BUTTON_CLICK';
  customToastId: string;
  /** From 0. */
  buttonIndex: number;
  [key: string]: unknown;
}

/** Any `system` event. */
export type SystemEvent =
  ToastButtonClickEvent | { eventType: string & {}; [key: string]: unknown };

/** `data` of an `outbound` event (campaign lifecycle and preview records). */
export interface OutboundEvent {
  eventType: Open<'CampaignLoaded' | 'CampaignUnloaded' | 'CampaignStarted'>;
  campaign?: unknown;
  mode?: string;
  [key: string]: unknown;
}

/** `data` of a `media` or `markdone` event: Workspace does not document their payloads. */
export interface LooseEvent {
  eventType?: string;
  [key: string]: unknown;
}

/**
 * Every topic an app can subscribe to, with the type of its events' `data`.
 * `messenger:<channel>` topics carry whatever the broadcasting frame sent.
 *
 * @example
 * const off = client.on('messenger:crm', (message) => console.log(message));
 */
export interface EventMap {
  agent: AgentEvent;
  interaction: InteractionEvent;
  media: LooseEvent;
  system: SystemEvent;
  markdone: LooseEvent;
  outbound: OutboundEvent;
}

/** A topic name: one of the known topics, or `messenger:<channel>`. */
export type Topic = keyof EventMap | `messenger:${string}`;

/** The `data` type of events of a topic. */
export type EventData<T extends string> = T extends keyof EventMap ? EventMap[T] : unknown;
