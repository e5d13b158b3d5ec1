import type {
  Agent,
  CaseEventType,
  EventData,
  Interaction,
  InteractionChangeEvent,
  InteractionEventType,
  Media,
  MenuBarView,
  State,
  Topic,
} from '@wwe-kit/core';
import { seededCampaigns } from './campaigns';
import { createManualClock } from './clock';
import { buildStateList, findState } from './state-list';
import type {
  CampaignRecordState,
  DesktopSnapshot,
  DialogRecord,
  FrameLeadership,
  TargetSeed,
  ToastRecord,
  WorkspaceEvent,
  WorkspaceSeed,
} from './types';

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

/**
 * The case and bundle ids and the call UUID that the simulated desktop derives from an
 * interaction id (deterministic). Internal.
 *
 * @example
 * interactionIds('1').caseId; // '00000000-0000-4000-8000-000000000001'
 */
export function interactionIds(interactionId: string) {
  const n = Number(interactionId) || 0;
  return {
    caseId: `00000000-0000-4000-8000-${hex(n, 12)}`,
    bundleId: `00000000-0000-4000-9000-${hex(n, 12)}`,
    callUuid: `SIMCALL${hex(n, 25).toUpperCase()}`,
  };
}

/**
 * The mutable model behind a simulated workspace, shared by the request handlers: state, ids,
 * the clock, event emission and change notification. Internal: not exported from the package.
 *
 * @example
 * const desktop = new Desktop({ initialState: 'NotReady' });
 * desktop.onEvent((e) => console.log(e.topic));
 */
export class Desktop {
  readonly now: () => number;
  readonly outboundAnswer: 'auto' | 'manual';
  agent: Agent;
  stateList: State[];
  agentState: State;
  media: Media[];
  interactions = new Map<string, Interaction>();
  blockedMarkdone = new Map<string, string>();
  toasts = new Map<string, ToastRecord>();
  dialogs = new Map<string, DialogRecord>();
  menuBarViews = new Map<string, MenuBarView>();
  microphoneMuted = false;
  speakerMuted = false;
  frameLeadership: FrameLeadership = 'leading';
  lastActiveFrame = true;
  lastActivityAt: number;
  campaigns: { name: string; mode: string; started: boolean }[];
  records: CampaignRecordState[];
  directPushPreview = false;
  targets: TargetSeed[];
  pureCloudToken: string | undefined;
  counters = { interaction: 0, toast: 0, dialog: 0, token: 0 };
  timers = new Set<ReturnType<typeof setTimeout>>();

  private eventListeners = new Set<(e: WorkspaceEvent) => void>();
  private changeListeners = new Set<(s: DesktopSnapshot) => void>();
  private snapshot: DesktopSnapshot | undefined;

  constructor(seed: WorkspaceSeed) {
    this.now = seed.now ?? createManualClock().now;
    this.outboundAnswer = seed.outboundAnswer ?? 'auto';
    this.agent = {
      employeeId: 'E1001',
      firstname: 'Alex',
      lastname: 'Agent',
      username: 'alex.agent',
      roles: ['ROLE_AGENT'],
      ...seed.agent,
    };
    this.stateList = buildStateList(seed.notReadyReasons);
    this.agentState = findState(this.stateList, seed.initialState ?? 'Ready');
    this.media = (seed.media ?? ['voice', 'chat', 'email']).map((m) => ({
      media: m,
      state: { ...this.agentState },
    }));
    this.lastActivityAt = this.now();
    ({ campaigns: this.campaigns, records: this.records } = seededCampaigns(seed.campaigns));
    this.targets = seed.targets ?? [];
  }

  /** A new interaction id: "1", "2", ... as in Workspace's documented examples. */
  nextInteractionId(): string {
    return String(++this.counters.interaction);
  }

  /** Deterministic case/bundle ids and call UUIDs derived from the interaction counter. */
  idsFor(interactionId: string) {
    return interactionIds(interactionId);
  }

  interaction(id: unknown): Interaction {
    const found = typeof id === 'string' ? this.interactions.get(id) : undefined;
    if (!found) throw new Error(`Interaction '${String(id)}' not found`);
    return found;
  }

  /** Raises an event to the host (and so to subscribed frames): `data` as the topic's type says. */
  emit<T extends Topic>(topic: T, data: EventData<T>, frameId?: string): void {
    const event: WorkspaceEvent =
      frameId === undefined ? { topic, data } : { topic, data, frameId };
    for (const l of [...this.eventListeners]) l(event);
  }

  /** Raises an `interaction` event carrying a copy of the interaction as it is now. */
  emitInteraction(
    eventType: Exclude<InteractionEventType, CaseEventType>,
    i: Interaction,
    extra: Partial<InteractionChangeEvent> = {},
  ): void {
    this.emit('interaction', {
      eventType,
      media: i.media,
      interaction: structuredClone(i),
      ...extra,
    });
  }

  /**
   * Raises a case event exactly as Genesys documents it (the Interaction namespace page,
   * `selectCaseByCaseId`): `{ eventType, selectedCaseId }`, no interaction and no media.
   */
  emitCase(eventType: CaseEventType, caseId: string): void {
    this.emit('interaction', { eventType, selectedCaseId: caseId });
  }

  /** Moves an interaction to a new state and raises `eventType`. */
  transition(
    i: Interaction,
    state: string,
    eventType: Exclude<InteractionEventType, CaseEventType>,
  ): void {
    i.previousState = i.state;
    i.state = state;
    this.emitInteraction(eventType, i);
  }

  onEvent(listener: (e: WorkspaceEvent) => void): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  subscribe(listener: (s: DesktopSnapshot) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Marks the desktop changed: the next snapshot is rebuilt and listeners are told. */
  changed(): void {
    this.snapshot = undefined;
    if (this.changeListeners.size === 0) return;
    const s = this.getSnapshot();
    for (const l of [...this.changeListeners]) l(s);
  }

  getSnapshot(): DesktopSnapshot {
    this.snapshot ??= deepFreeze(
      structuredClone({
        agent: this.agent,
        agentState: this.agentState,
        stateList: this.stateList,
        media: this.media,
        interactions: [...this.interactions.values()],
        blockedMarkdone: Object.fromEntries(this.blockedMarkdone),
        toasts: [...this.toasts.values()],
        dialogs: [...this.dialogs.values()],
        menuBarViews: [...this.menuBarViews.values()],
        microphoneMuted: this.microphoneMuted,
        speakerMuted: this.speakerMuted,
        frameLeadership: this.frameLeadership,
        lastActiveFrame: this.lastActiveFrame,
        lastActivityAt: this.lastActivityAt,
        outbound: {
          campaigns: this.campaigns,
          records: this.records,
          directPushPreview: this.directPushPreview,
        },
        targets: this.targets,
      }),
    );
    return this.snapshot;
  }

  dispose(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.eventListeners.clear();
    this.changeListeners.clear();
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
