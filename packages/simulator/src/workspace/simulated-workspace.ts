import type { Interaction } from '@wwe-kit/core';
import { setAgentState, setMediaState } from './agent-handlers';
import { Desktop } from './desktop';
import { HANDLERS } from './handlers';
import { addInteraction, expandCase, selectCase } from './interactions';
import {
  customerMessage,
  endChat,
  inboundChat,
  inboundChatFields,
  inboundEmail,
  inboundEmailFields,
  type InboundChatInit,
  type InboundEmailInit,
} from './open-media';
import { loadCampaign, pushPreviewRecord, startCampaign, unloadCampaign } from './outbound';
import { clickToastButton, closeDialog, closeToast } from './system';
import type {
  CallerContext,
  CampaignSeed,
  DesktopSnapshot,
  FrameLeadership,
  WorkspaceEvent,
  WorkspaceSeed,
} from './types';
import {
  inboundCall,
  inboundCallFields,
  releaseCall,
  remoteAnswer,
  type InboundCallInit,
} from './voice';

/**
 * A simulated Workspace agent desktop: answers every Service Client API request with real
 * behaviour, raises Workspace's events, and offers a driver API for tests and UIs.
 * Agent-side actions (answer, hold, mark done...) are the requests themselves:
 * `workspace.handleRequest('voice.answer', [id])`.
 *
 * @example
 * const workspace = createSimulatedWorkspace();
 * const id = workspace.simulateInboundCall({ ani: '5551234' });
 * workspace.handleRequest('voice.answer', [id]);
 * workspace.getSnapshot().interactions[0]?.state; // 'TALKING'
 */
export interface SimulatedWorkspace {
  /** Runs one request; returns its result or throws the error Workspace would reply with. */
  handleRequest(
    name: string,
    parameters?: readonly unknown[],
    caller?: Partial<CallerContext>,
  ): unknown;
  /** Listens to Workspace events (what subscribed frames receive); returns an unsubscribe function. */
  onEvent(listener: (event: WorkspaceEvent) => void): () => void;
  /** Listens to every change of the desktop; returns an unsubscribe function. */
  subscribe(listener: (snapshot: DesktopSnapshot) => void): () => void;
  /** The whole desktop state, frozen and stable until the next change. */
  getSnapshot(): DesktopSnapshot;
  /** The workspace's clock (ms since the epoch). */
  now(): number;
  /** A call rings (`ADDED`, `RINGING`); returns its interactionId. */
  simulateInboundCall(options?: InboundCallInit): string;
  /** A chat invitation arrives (`ADDED`, `INVITED`); returns its interactionId. */
  simulateInboundChat(options?: InboundChatInit): string;
  /** An email arrives (`ADDED`, `INVITED`); returns its interactionId. */
  simulateInboundEmail(options?: InboundEmailInit): string;
  /**
   * An interaction made with `voiceInteraction`, `chatInteraction` or `emailInteraction` (or any
   * object with a `media`) arrives: `ADDED` then `RINGING` (voice) or `INVITED` (other media).
   * Its fields are kept, except its ids and state: the desktop gives it new ones, as it does to
   * every new interaction. Returns its interactionId.
   */
  simulateInbound(interaction: Partial<Interaction> & Pick<Interaction, 'media'>): string;
  /** The customer sends a chat message (`NEW_MESSAGE`). */
  simulateChatMessage(interactionId: string, text: string): void;
  /** The agent picks a state of the list by operationName (see {@link STATE_OPERATIONS}). */
  setAgentState(operationName: string): void;
  /** The agent changes one media channel's state. */
  setMediaState(media: string, operationName: string): void;
  /** The customer hangs up a call (`RELEASED`) or leaves a chat (`ENDED`). */
  customerHangUp(interactionId: string): void;
  /** The called party answers a dialled call (with `outboundAnswer: 'manual'`). */
  remoteAnswer(interactionId: string): void;
  /** The agent clicks button `buttonIndex` (from 0) of a toast. */
  clickToastButton(toastId: string, buttonIndex: number): void;
  /** The agent dismisses a toast. */
  dismissToast(toastId: string): void;
  /** The agent closes a dialog. */
  dismissDialog(dialogId: string): void;
  /** The agent selects a case (`CASE_SELECTED`). */
  selectCase(caseId: string): void;
  /** The agent expands or collapses a case (`CASE_EXPANDED` / `CASE_COLLAPSED`). */
  expandCase(caseId: string, expanded: boolean): void;
  /**
   * An outbound campaign is loaded for the agent (its records ready to preview): `outbound`
   * `CampaignLoaded` with the campaign's name.
   */
  loadCampaign(campaign: CampaignSeed): void;
  /** A loaded campaign starts: `outbound` `CampaignStarted` with its name and `mode`. */
  startCampaign(campaignName: string): void;
  /** A campaign is unloaded: `outbound` `CampaignUnloaded` with its name. */
  unloadCampaign(campaignName: string): void;
  /**
   * Outbound Contact Server pushes the campaign's next record to the agent (a Direct Push Preview
   * record while `outbound.startDirectPushPreview` is on, else a Push Preview record): a preview
   * interaction (`ADDED`), then `outbound` `PreviewRecord` (payload inferred). Returns its
   * interactionId.
   */
  pushPreviewRecord(campaignName: string): string;
  /** Sets this Workspace tab's leadership among the agent's Workspace tabs. */
  setFrameLeadership(leadership: FrameLeadership, lastActiveFrame?: boolean): void;
  /** Stops timers (toast auto-close) and drops every listener. */
  dispose(): void;
}

const DEFAULT_CALLER: CallerContext = {
  frameId: undefined,
  origin: 'simulator',
  kind: 'tab',
  options: {},
  allowedServices: [...HANDLERS.keys()],
};

/**
 * Creates a simulated agent desktop. Deterministic: ids count from 1 and the default clock stands
 * still at 2024-01-01T09:00:00Z (pass `seed.now` to use another).
 *
 * @example
 * const workspace = createSimulatedWorkspace({ agent: { firstname: 'Ada' }, initialState: 'NotReady' });
 * workspace.onEvent((e) => console.log(e.topic, e.data));
 * workspace.setAgentState('Ready');
 */
export function createSimulatedWorkspace(seed: WorkspaceSeed = {}): SimulatedWorkspace {
  const d = new Desktop(seed);
  return {
    handleRequest(name, parameters = [], caller = {}) {
      const handler = HANDLERS.get(name);
      if (!handler) throw new Error(`Unknown request '${String(name).slice(0, 200)}'`);
      const result = handler(d, Array.isArray(parameters) ? parameters : [], {
        ...DEFAULT_CALLER,
        ...caller,
      });
      return result === undefined ? undefined : structuredClone(result);
    },
    onEvent: (l) => d.onEvent(l),
    subscribe: (l) => d.subscribe(l),
    getSnapshot: () => d.getSnapshot(),
    now: () => d.now(),
    simulateInboundCall: (o) => inboundCall(d, o).interactionId,
    simulateInboundChat: (o) => inboundChat(d, o).interactionId,
    simulateInboundEmail: (o) => inboundEmail(d, o).interactionId,
    simulateInbound(interaction) {
      const {
        interactionId: _id,
        caseId: _case,
        bundleId: _bundle,
        callUuid: _call,
        state: _state,
        previousState: _previous,
        startDate: _start,
        ...fields
      } = interaction;
      const { IW_CaseUid: _caseUid, IW_BundleUid: _bundleUid, ...userData } = fields.userData ?? {};
      const media = fields.media;
      const base =
        media === 'voice'
          ? inboundCallFields(fields)
          : media === 'chat'
            ? inboundChatFields()
            : media === 'email'
              ? inboundEmailFields(fields)
              : { media, state: 'INVITED', direction: 'IN' };
      const arrival = media === 'voice' ? 'RINGING' : 'INVITED';
      return addInteraction(d, { ...base, ...fields, userData, state: arrival }, arrival)
        .interactionId;
    },
    simulateChatMessage: (id, text) => customerMessage(d, id, text),
    setAgentState: (op) => setAgentState(d, op),
    setMediaState: (media, op) => setMediaState(d, media, op),
    customerHangUp(id) {
      const i = d.interaction(id);
      if (i.media === 'chat') endChat(d, i);
      else if (i.media === 'voice') releaseCall(d, i);
      else throw new Error(`Interaction '${id}' (${i.media}) has no customer to hang up`);
    },
    remoteAnswer: (id) => remoteAnswer(d, id),
    loadCampaign: (campaign) => loadCampaign(d, campaign),
    startCampaign: (name) => startCampaign(d, name),
    unloadCampaign: (name) => unloadCampaign(d, name),
    pushPreviewRecord: (name) => pushPreviewRecord(d, name).interactionId,
    clickToastButton: (id, index) => clickToastButton(d, id, index),
    dismissToast: (id) => closeToast(d, id),
    dismissDialog: (id) => closeDialog(d, id),
    selectCase: (caseId) => selectCase(d, caseId),
    expandCase: (caseId, expanded) => expandCase(d, caseId, expanded),
    setFrameLeadership(leadership, lastActiveFrame = d.lastActiveFrame) {
      d.frameLeadership = leadership;
      d.lastActiveFrame = lastActiveFrame;
      d.changed();
    },
    dispose: () => d.dispose(),
  };
}
