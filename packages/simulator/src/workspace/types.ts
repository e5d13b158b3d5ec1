import type {
  Agent,
  DialogParams,
  Interaction,
  KeyValues,
  Media,
  MenuBarView,
  Open,
  State,
  ToastParams,
} from '@wwe-kit/core';

/**
 * How Workspace shows a frame (an embedded web application): as a tab, a popup window, in the
 * background, hidden, or at the interaction level.
 *
 * @example
 * host.attachFrame({ origin: 'https://crm.example.com', kind: 'popup', post });
 */
export type FrameKind = 'tab' | 'popup' | 'background' | 'hidden' | 'interaction';

/**
 * Who sends a request to the simulated workspace: facts only the host knows, passed to
 * {@link SimulatedWorkspace.handleRequest}. Every field has a default for direct calls from a UI.
 *
 * @example
 * workspace.handleRequest('system.amIVisible', [], { frameId: 'frame-1', kind: 'hidden' }); // false
 */
export interface CallerContext {
  /** The frame's id, or `undefined` for the agent acting in the simulator's own UI. */
  frameId: string | undefined;
  /** The frame's origin (default `'simulator'`). */
  origin: string;
  /** How Workspace shows the frame (default `'tab'`). */
  kind: FrameKind;
  /** The Workspace options (`configuration.getOption` answers from them). */
  options: Readonly<Record<string, string>>;
  /** What `system.getAllowedServices` answers (the host computes it from the origin filter). */
  allowedServices: readonly string[];
  /**
   * Whether the frame is visible now (`system.amIVisible`), when the host knows it (its
   * `frameVisible` option, or the attached peer's `visible`). Default: from `kind` (a hidden or
   * background frame is not visible, any other is).
   */
  visible?: boolean;
  /**
   * Whether the frame may read a user-data key (`user-data.read-allowed`), for results the
   * workspace computes from user data (`configuration.getContextualOption`). Default: every key.
   */
  canReadUserData?: (key: string) => boolean;
}

/**
 * An event the simulated workspace raises. The host delivers it to every frame subscribed to
 * `topic` (or only to `frameId` when set, e.g. a toast click goes to the frame that opened the toast).
 *
 * @example
 * workspace.onEvent((e) => console.log(e.topic, e.data));
 */
export interface WorkspaceEvent {
  topic: string;
  data: unknown;
  frameId?: string;
}

/**
 * A toast opened with `system.popupToast`.
 *
 * @example
 * const [toast] = workspace.getSnapshot().toasts;
 * console.log(toast?.id, toast?.params.title);
 */
export interface ToastRecord {
  /** `wweCustomToast<n>`, as `system.popupToast` answered. */
  id: string;
  /** What the frame asked for (title, message, buttons...), with `system.updateToast` changes. */
  params: ToastParams;
  /** The frame that opened it (button clicks go to it only). */
  frameId: string | undefined;
  /** The workspace clock's time when it opened. */
  openedAt: number;
}

/**
 * A dialog opened with `system.openDialog` (placeholders already substituted in `url`).
 *
 * @example
 * const dialog = workspace.getSnapshot().dialogs.find((d) => d.id === 'wweCustomDialog1');
 */
export interface DialogRecord extends DialogParams {
  /** `wweCustomDialog<n>` (n from 1, as Genesys's sample page has it), as `system.openDialog` answered. */
  id: string;
  /** The dialog's URL, with `$Dialog.Id$` and `$Agent.FullName$` replaced. */
  url: string;
  /** The frame that opened it. */
  frameId: string | undefined;
}

/**
 * One record of an outbound campaign (seeded in {@link WorkspaceSeed.campaigns}).
 *
 * @example
 * const record: CampaignRecordSeed = { handle: 1, phone: '5551000', fields: { FirstName: 'Ada' } };
 */
export interface CampaignRecordSeed {
  /** The record handle (`recordHandle` in requests). */
  handle: number;
  /** The number to call. */
  phone: string;
  /** The record's fields (`outbound.getRecordFields`). */
  fields?: KeyValues;
}

/**
 * A seeded outbound campaign.
 *
 * @example
 * const campaign: CampaignSeed = { name: 'Renewals', mode: 'PREVIEW', records: [{ handle: 1, phone: '5551000' }] };
 */
export interface CampaignSeed {
  /** The campaign's name (`outbound.getPreviewRecord` takes it). */
  name: string;
  /** Default `'PREVIEW'`. */
  mode?: string;
  /** Its records, previewed in this order. */
  records?: CampaignRecordSeed[];
}

/**
 * The live state of a campaign record in the desktop.
 *
 * @example
 * workspace.getSnapshot().outbound.records.filter((r) => r.doNotCall);
 */
export interface CampaignRecordState {
  /** The campaign the record belongs to. */
  campaignName: string;
  /** The record handle. */
  handle: number;
  /** The number to call. */
  phone: string;
  /** The record's fields, with `outbound.updateRecordFields` changes. */
  fields: KeyValues;
  /** Where the record is: not yet previewed, previewed now, called, rejected or cancelled. */
  status: 'ready' | 'previewing' | 'called' | 'rejected' | 'cancelled';
  /** The interaction of its preview, then of its call. */
  interactionId?: string;
  /** Set by `outbound.setCallResult` (a `value` of `CALL_RESULTS`). */
  callResult?: number;
  /** Set by `outbound.setDoNotCall`, cleared by `removeDoNotCall`. */
  doNotCall: boolean;
  /** Set by `outbound.rescheduleRecord` (`"M/D/YYYY H:m"`). */
  rescheduledAt?: string;
}

/**
 * An entry of the agent's directory: where a consultation, transfer or conference may go
 * (seeded in {@link WorkspaceSeed.targets}).
 *
 * @example
 * const target: TargetSeed = { type: 'AGENT', destination: 'jsmith', name: 'John Smith' };
 */
export interface TargetSeed {
  type: Open<
    'AGENT' | 'AGENT_GROUP' | 'SKILL' | 'INTERACTION_QUEUE' | 'ROUTING_POINT' | 'CUSTOM_CONTACT'
  >;
  destination: string;
  /** The party's name in the interaction (default: the destination). */
  name?: string;
}

/**
 * Frame leadership among several Workspace browser tabs.
 *
 * @example
 * workspace.setFrameLeadership('following');
 */
export type FrameLeadership = 'leading' | 'following' | 'negotiating';

/**
 * The whole simulated agent desktop, as `getSnapshot()` returns it: immutable (frozen) and
 * referentially stable until the next change.
 *
 * @example
 * const { agentState, interactions, toasts } = workspace.getSnapshot();
 */
export interface DesktopSnapshot {
  /** The signed-in agent (`agent.get`). */
  agent: Agent;
  /** The agent's state (`agent.getState`). */
  agentState: State;
  /** The states the agent may choose (`agent.getStateList`). */
  stateList: State[];
  /** The agent's media channels with their states (`media.getMediaList`). */
  media: Media[];
  /** The interactions on the desktop, oldest first (`interaction.getInteractions`). */
  interactions: Interaction[];
  /** Interactions whose mark-done is blocked, with the warning message. */
  blockedMarkdone: Record<string, string>;
  /** Toasts open now. */
  toasts: ToastRecord[];
  /** Dialogs open now. */
  dialogs: DialogRecord[];
  /** Views added to the application menu bar. */
  menuBarViews: MenuBarView[];
  /** The SIP endpoint's microphone is muted. */
  microphoneMuted: boolean;
  /** The SIP endpoint's speaker is muted. */
  speakerMuted: boolean;
  /** This Workspace tab's leadership among the agent's tabs. */
  frameLeadership: FrameLeadership;
  /** This Workspace tab is the one the agent used last. */
  lastActiveFrame: boolean;
  /** When the agent last acted (`system.triggerActivity`), on the workspace clock. */
  lastActivityAt: number;
  /** Outbound campaigns, their records, and whether push preview is on. */
  outbound: {
    /** Loaded campaigns (the seed's, then `loadCampaign`'s); `started` once `startCampaign` ran. */
    campaigns: { name: string; mode: string; started: boolean }[];
    records: CampaignRecordState[];
    directPushPreview: boolean;
  };
  /** The agent's directory ({@link WorkspaceSeed.targets}); empty: any destination is accepted. */
  targets: TargetSeed[];
}

/**
 * What `createSimulatedWorkspace` starts from. Everything is optional.
 *
 * @example
 * createSimulatedWorkspace({ agent: { firstname: 'Ada' }, initialState: 'NotReady', media: ['voice', 'chat'] });
 */
export interface WorkspaceSeed {
  agent?: Partial<Agent>;
  /** Media channels of the agent. Default `['voice', 'chat', 'email']`. */
  media?: string[];
  /** Not Ready reasons (action codes). Default Break 1511 and Lunch 1512. */
  notReadyReasons?: { name: string; code: string }[];
  /** The operationName of the initial state. Default `'Ready'`. */
  initialState?: string;
  /** The clock (ms since the epoch). Default: a manual clock stopped at 2024-01-01T09:00:00Z. */
  now?: () => number;
  campaigns?: CampaignSeed[];
  /**
   * The agent's directory. When it has entries, `interaction.consult`, `singleStepTransfer` and
   * `singleStepConference` to a destination not in it fail with `Unknown target '<destination>'`,
   * and the party added takes the entry's `name`. Default: none, any destination is accepted.
   */
  targets?: TargetSeed[];
  /** `'auto'` (default): a dialled call is answered at once; `'manual'`: wait for `remoteAnswer()`. */
  outboundAnswer?: 'auto' | 'manual';
}
