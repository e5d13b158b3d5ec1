import type { Interaction, MediaStateName, Open } from './types';

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

/**
 * Every known interaction `eventType`: the Service Client API page's interaction event table
 * (https://all.docs.genesys.com/PEC-Developer/Current/SCAPI/ServiceClientAPI) and the case events
 * of the Interaction namespace page.
 */
export type InteractionEventType =
  CommonInteractionEventType | VoiceInteractionEventType | OpenMediaInteractionEventType;

/**
 * The case event types: documented with `selectedCaseId` and no interaction.
 *
 * @example
 * const isCase = (e: InteractionEvent) => ['CASE_SELECTED', 'CASE_EXPANDED', 'CASE_COLLAPSED'].includes(e.eventType);
 * const type: CaseEventType = 'CASE_SELECTED';
 */
export type CaseEventType = 'CASE_SELECTED' | 'CASE_EXPANDED' | 'CASE_COLLAPSED';

/**
 * `data` of `CASE_SELECTED`, `CASE_EXPANDED` and `CASE_COLLAPSED` `interaction` events: the id of
 * the case the agent selected, expanded or collapsed, and nothing else (no `interaction`, no
 * `media`). The interactions' `isCaseSelected` / `isCaseExpanded` fields hold the new selection.
 *
 * Source: the Interaction namespace page, `selectCaseByCaseId`
 * (https://enu.docs.genesys.com/Documentation:GWS:Dev:InteractionNamespace:8.5.2):
 * `{ "event": "interaction", "data": { "eventType": "CASE_SELECTED", "selectedCaseId": "…" } }`.
 *
 * @example
 * client.on('interaction', (e) => {
 *   if (e.eventType === 'CASE_SELECTED') console.log('case', e.selectedCaseId);
 * });
 */
export interface CaseEvent {
  eventType: CaseEventType;
  selectedCaseId: string;
  interaction?: undefined;
  media?: undefined;
  [key: string]: unknown;
}

/**
 * `data` of every other `interaction` event: its type, the media, and Workspace's current copy of
 * the interaction. Genesys's documented `ATTACHED_DATA_CHANGED` example gives `media` beside the
 * interaction and not in it (the stores copy it in).
 *
 * Source: the Service Client API page (https://all.docs.genesys.com/PEC-Developer/Current/SCAPI/ServiceClientAPI),
 * its `ATTACHED_DATA_CHANGED` example and its table of interaction event types; the payload of the
 * other types is not documented — inferred from that example and the `interaction.Interaction`
 * type (each event carries the interaction's new copy).
 *
 * @example
 * client.on('interaction', (e) => {
 *   if (e.eventType === 'RINGING') console.log('call from', e.interaction.ani);
 * });
 */
export interface InteractionChangeEvent {
  /**
   * One of {@link InteractionEventType} other than the case events, or a type a newer Workspace
   * adds. Typed `string` (not an open union of literals) so that `e.eventType === 'RINGING'`
   * narrows `e` to this type, whose `interaction` is present.
   */
  eventType: string;
  media?: Open<'voice' | 'chat' | 'email' | 'workitem'>;
  interaction: Interaction;
  selectedCaseId?: undefined;
  [key: string]: unknown;
}

/**
 * `data` of an `interaction` event, a union by `eventType`: the case events carry only
 * `selectedCaseId`; the others carry the interaction. Check `eventType` (any type but a case
 * event's narrows to {@link InteractionChangeEvent}) or `e.interaction` before reading it.
 *
 * @example
 * client.on('interaction', (e) => {
 *   if (e.eventType === 'CASE_SELECTED') showCase(e.selectedCaseId);
 *   else if (e.interaction) console.log(e.eventType, e.interaction.interactionId);
 * });
 */
export type InteractionEvent = InteractionChangeEvent | CaseEvent;

/**
 * `data` of an `agent` event: the agent's new state. A state with a reason (Not Ready with a
 * reason code) carries `reason` and `reasonCode`.
 *
 * Source: the Service Client API page (https://all.docs.genesys.com/PEC-Developer/Current/SCAPI/ServiceClientAPI),
 * its two `STATE_CHANGED` examples (`{ eventType, mediaState: 'READY' }` and
 * `{ eventType, mediaState: 'NOT_READY_ACTION_CODE', reason: 'Break', reasonCode: '1511' }`).
 *
 * @example
 * client.on('agent', (e) => {
 *   if (e.eventType === 'STATE_CHANGED') console.log(e.mediaState, e.reason, e.reasonCode);
 * });
 */
export interface AgentStateChangedEvent {
  eventType: 'STATE_CHANGED';
  /** `READY`, `NOT_READY`, `NOT_READY_ACTION_CODE`, `NOT_READY_AFTER_CALLWORK`, ... */
  mediaState: Open<MediaStateName>;
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
 * Source: the Service Client API page's system event table
 * (https://all.docs.genesys.com/PEC-Developer/Current/SCAPI/ServiceClientAPI):
 * `customToastId` (returned by `popupToast`) and `buttonIndex` (from 0).
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

/**
 * The campaign lifecycle event types of the `outbound` topic.
 *
 * @example
 * const loaded: CampaignEventType = 'CampaignLoaded';
 */
export type CampaignEventType = 'CampaignLoaded' | 'CampaignUnloaded' | 'CampaignStarted';

/**
 * `data` of an `outbound` campaign event: `campaign` is the campaign's name; `CampaignStarted`
 * also gives the campaign's `mode`.
 *
 * Source: the Service Client API page, revision 102032
 * (https://all.docs.genesys.com/index.php?diff=prev&oldid=102032&title=PEC-Developer%2FCurrent%2FSCAPI%2FServiceClientAPI):
 * `{ "event": "outbound", "data": { "eventType": "CampaignLoaded", "campaign": "Offer of the Month" } }`;
 * the values of `mode` are not documented — inferred from the page's preview-event table
 * (Pull Preview, Push Preview, Direct Push Preview).
 *
 * @example
 * client.on('outbound', (e) => {
 *   if (e.eventType === 'CampaignStarted') console.log(e.campaign, e.mode);
 * });
 */
export interface CampaignEvent {
  eventType: CampaignEventType;
  /** The campaign's name, e.g. `"Offer of the Month"`. */
  campaign: string;
  /** On `CampaignStarted`: how the campaign dials (e.g. a preview mode). */
  mode?: string;
  [key: string]: unknown;
}

/**
 * `data` of an `outbound` event: a campaign event, or one of the preview-record events of the
 * page's "Outbound preview events" table (by mode: Pull Preview, Push Preview, Direct Push
 * Preview; its rows include `MARK_DONE`). Their payloads are not documented — inferred (as the
 * simulator raises them): `PreviewRecord` with `campaign`, `mode`, `interactionId`, `recordHandle`;
 * `MARK_DONE` when a previewed record is rejected or cancelled.
 *
 * @example
 * client.on('outbound', (e) => console.log(e.eventType, e.campaign));
 */
export type OutboundEvent =
  | CampaignEvent
  | { eventType: string & {}; campaign?: string; mode?: string; [key: string]: unknown };

/**
 * `data` of a `media` or `markdone` event: not documented — the stores infer `media` events as
 * `{ eventType, media, state }` from the simulator and read nothing else.
 */
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
