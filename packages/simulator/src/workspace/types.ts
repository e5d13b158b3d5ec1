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
  origin: string;
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
  id: string;
  params: ToastParams;
  frameId: string | undefined;
  openedAt: number;
}

/**
 * A dialog opened with `system.openDialog` (placeholders already substituted in `url`).
 *
 * @example
 * const dialog = workspace.getSnapshot().dialogs.find((d) => d.id === 'wweCustomDialog0');
 */
export interface DialogRecord extends DialogParams {
  id: string;
  url: string;
  frameId: string | undefined;
}

/**
 * One record of an outbound campaign (seeded in {@link WorkspaceSeed.campaigns}).
 *
 * @example
 * const record: CampaignRecordSeed = { handle: 1, phone: '5551000', fields: { FirstName: 'Ada' } };
 */
export interface CampaignRecordSeed {
  handle: number;
  phone: string;
  fields?: KeyValues;
}

/**
 * A seeded outbound campaign.
 *
 * @example
 * const campaign: CampaignSeed = { name: 'Renewals', mode: 'PREVIEW', records: [{ handle: 1, phone: '5551000' }] };
 */
export interface CampaignSeed {
  name: string;
  mode?: string;
  records?: CampaignRecordSeed[];
}

/**
 * The live state of a campaign record in the desktop.
 *
 * @example
 * workspace.getSnapshot().outbound.records.filter((r) => r.doNotCall);
 */
export interface CampaignRecordState {
  campaignName: string;
  handle: number;
  phone: string;
  fields: KeyValues;
  status: 'ready' | 'previewing' | 'called' | 'rejected' | 'cancelled';
  interactionId?: string;
  callResult?: number;
  doNotCall: boolean;
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
  agent: Agent;
  agentState: State;
  stateList: State[];
  media: Media[];
  interactions: Interaction[];
  /** Interactions whose mark-done is blocked, with the warning message. */
  blockedMarkdone: Record<string, string>;
  toasts: ToastRecord[];
  dialogs: DialogRecord[];
  menuBarViews: MenuBarView[];
  microphoneMuted: boolean;
  speakerMuted: boolean;
  frameLeadership: FrameLeadership;
  lastActiveFrame: boolean;
  lastActivityAt: number;
  outbound: {
    campaigns: { name: string; mode: string }[];
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
