/**
 * The objects Workspace sends back, as documented in Genesys's Service Client API.
 * Enumerations are open: the known literals are listed for completion, and any other string is
 * accepted because Workspace versions add values without notice.
 */

/** An open string enumeration: the known values, plus any other string. */
export type Open<T extends string> = T | (string & {});

/** A flat key/value map, as used for attached data (`userData`) and extensions. */
export type KeyValues = Record<string, unknown>;

/**
 * The logged-in agent, the result of `agent.get`.
 *
 * @example
 * const agent: Agent = await client.agent.get();
 * console.log(`${agent.firstname} ${agent.lastname}`, agent.roles.includes('ROLE_SUPERVISOR'));
 */
export interface Agent {
  employeeId?: string;
  firstname?: string;
  lastname?: string;
  username?: string;
  roles?: AgentRole[];
  [key: string]: unknown;
}

/**
 * A role of the agent, as documented: `ROLE_AGENT`, `ROLE_SUPERVISOR`, `ROLE_ADMIN` (and any value
 * a Workspace version adds). Source: https://docs.genesys.com/Documentation/HTCC/latest/Dev/AgentNamespace
 *
 * @example
 * const isSupervisor = (agent.roles ?? []).includes('ROLE_SUPERVISOR' satisfies AgentRole);
 */
export type AgentRole = Open<'ROLE_AGENT' | 'ROLE_SUPERVISOR' | 'ROLE_ADMIN'>;

/**
 * A call's direction, as documented: `IN`, `OUT`, `UNKNOWN` (open for unlisted values). Source:
 * the 8.5.2 `interaction.Interaction` property table,
 * https://enu.docs.genesys.com/index.php?direction=prev&oldid=298605&title=Documentation%3AHTCC%3ADev%3AInteractionNamespace%3A8.5.2DRAFT
 *
 * @example
 * const outgoing = (i: Interaction) => i.direction === ('OUT' satisfies CallDirection);
 */
export type CallDirection = Open<'IN' | 'OUT' | 'UNKNOWN'>;

/**
 * A call's type, as documented: `INTERNAL`, `INBOUND`, `OUTBOUND`, `CONSULT`, `UNKNOWN` (same
 * source as {@link CallDirection}). Genesys's own `ATTACHED_DATA_CHANGED` example on the Service
 * Client API page shows `"Internal"`: compare without case.
 *
 * @example
 * const internal = (i: Interaction) => i.callType?.toUpperCase() === ('INTERNAL' satisfies CallType);
 */
export type CallType = Open<'INTERNAL' | 'INBOUND' | 'OUTBOUND' | 'CONSULT' | 'UNKNOWN'>;

/**
 * A call's recording state, as documented: `STOPPED`, `RECORDING`, `PAUSED` (same source as
 * {@link CallDirection}).
 *
 * @example
 * const recording = (i: Interaction) => i.recordingState === ('RECORDING' satisfies RecordingState);
 */
export type RecordingState = Open<'STOPPED' | 'RECORDING' | 'PAUSED'>;

/**
 * An agent or media state: an entry of `agent.getStateList`, or the current state.
 *
 * @example
 * const states: State[] = await client.agent.getStateList();
 * await client.agent.setState(states.find((s) => s.displayName === 'Ready')!.operationName);
 */
export interface State {
  /** What `agent.setState` / `media.setState` take, e.g. `"Ready"`, `"NotReady"`. */
  operationName: string;
  displayName?: string;
  /** `READY`, `NOT_READY`, `NOT_READY_ACTION_CODE`, `NOT_READY_AFTER_CALLWORK`, ... */
  state?: Open<MediaStateName>;
  reason?: string;
  reasonCode?: string;
  [key: string]: unknown;
}

/** Known values of a state's `mediaState` / `state` field. */
export type MediaStateName =
  | 'READY'
  | 'NOT_READY'
  | 'NOT_READY_ACTION_CODE'
  | 'NOT_READY_AFTER_CALLWORK'
  | 'DO_NOT_DISTURB'
  | 'LOGGED_OUT'
  | 'LOGGED_IN';

/**
 * A media channel of the agent (`voice`, `chat`, `email`, ...) with its own state.
 *
 * @example
 * const voice: Media = await client.media.getMediaByName('voice');
 * console.log(voice.state.displayName);
 */
export interface Media {
  media: Open<'voice' | 'chat' | 'email' | 'workitem' | 'sms' | 'facebook' | 'twitter'>;
  state: State;
  [key: string]: unknown;
}

/** Interaction states Workspace is known to report. */
export type InteractionStateName =
  | 'UNKNOWN'
  | 'IDLE'
  | 'RINGING'
  | 'DIALING'
  | 'TALKING'
  | 'HELD'
  | 'PREVIEW'
  | 'INVITED'
  | 'ACCEPTED'
  | 'CREATED'
  | 'PULLED'
  | 'REVOKED'
  | 'COMPLETED'
  | 'ERROR'
  | 'SAVED'
  | 'TRANSFERRING'
  | 'TRANSFER_COMPLETED'
  | 'INVITED_CONFERENCE'
  | 'RELEASED'
  | 'ESTABLISHED';

/** A party of an interaction. */
export interface Party {
  name: string;
  [key: string]: unknown;
}

/**
 * A live interaction (call, chat, email, ...), as in results of `interaction.getInteractions`
 * and in `interaction` events. `userData` holds only the keys Workspace lets this app read.
 * Fields: the 8.5.2 `interaction.Interaction` property table (see {@link CallDirection}), plus
 * `media`, `isCaseSelected` and `isCaseExpanded` (Service Client API page); `media` is not in
 * Genesys's `ATTACHED_DATA_CHANGED` example's copy (the event has it), the stores fill it in.
 *
 * @example
 * const [first] = await client.interaction.getInteractions();
 * if (first?.media === 'voice') console.log(first.ani, first.state, first.recordingState);
 */
export interface Interaction {
  interactionId: string;
  parentInteractionId?: string;
  caseId?: string;
  media: Open<'voice' | 'chat' | 'email' | 'workitem'>;
  state: Open<InteractionStateName>;
  previousState?: Open<InteractionStateName>;
  userData?: KeyValues;
  parties?: Party[];
  isConsultation?: boolean;
  isMainCaseInteraction?: boolean;
  startDate?: number;
  isCaseSelected?: boolean;
  isCaseExpanded?: boolean;
  callUuid?: string;
  /** Voice only. */
  direction?: CallDirection;
  /** Voice only (Genesys's own example shows `"Internal"`). */
  callType?: CallType;
  ani?: string;
  dnis?: string;
  /** Voice only. */
  recordingState?: RecordingState;
  [key: string]: unknown;
}

/**
 * A transfer, conference or consultation target: a destination string (a custom contact) or a
 * typed target. The docs name the kind key `target`, Genesys's sample `type`; both are accepted.
 *
 * @example
 * await client.interaction.singleStepTransfer('1', { type: 'AGENT', destination: 'SIP_5001' });
 */
export type TransferTarget =
  | string
  | {
      type?: Open<
        'AGENT' | 'AGENT_GROUP' | 'SKILL' | 'INTERACTION_QUEUE' | 'ROUTING_POINT' | 'CUSTOM_CONTACT'
      >;
      target?: string;
      destination: string;
      media?: string;
    };

/**
 * What `system.popupToast` and `system.updateToast` take.
 *
 * @example
 * const id = await client.system.popupToast({ title: 'VIP', message: 'Gold customer', buttons: ['Open CRM'] });
 */
export interface ToastParams {
  title?: string;
  iconUrl?: string;
  subject?: string;
  message?: string;
  keyValues?: Record<string, string>;
  buttons?: string[];
  buttonShowDismiss?: boolean;
  /** Milliseconds before the toast closes itself. */
  autoCloseTimeout?: number;
  sendToMyMessage?: boolean;
  width?: number | string;
  [key: string]: unknown;
}

/**
 * What `system.openDialog` takes besides its URL. `$Dialog.Id$` and `$Agent.FullName$` are
 * substituted by Workspace.
 *
 * @example
 * await client.system.openDialog('https://crm.example.com/d?id=$Dialog.Id$', { label: 'Notes', width: '430px', height: '40%' });
 */
export interface DialogParams {
  label?: string;
  width?: string | number;
  height?: string | number;
  [key: string]: unknown;
}

/**
 * A view in Workspace's application menu bar (`system.updateViewInApplicationMenuBar`).
 *
 * @example
 * await client.system.updateViewInApplicationMenuBar({ name: 'shift', label: 'Shift ends 17:00' });
 */
export interface MenuBarView {
  name: string;
  iconUrl?: string;
  label?: string;
  shortLabel?: string;
  tooltip?: string;
  backgroundColor?: string;
  labelColor?: string;
  [key: string]: unknown;
}

/**
 * One configuration section returned by `configuration.getOption`.
 *
 * @example
 * const sections: Section[] = await client.configuration.getOption(['voice.*']);
 */
export interface Section {
  name?: string;
  options?: Record<string, string>;
  [key: string]: unknown;
}

/**
 * The result of `auth.getJwtToken`.
 *
 * @example
 * const { jwtToken, expiration } = await client.auth.getJwtToken();
 */
export interface JwtToken {
  jwtToken: string;
  /** ISO-8601 */
  expiration: string;
}
