// The public API of @wwe-kit/simulator: the simulated desktop, the host in front of it, the test
// harness and the interaction factories, with their types. The host's security machinery
// (origin filters, rate limiter, user-data lists, option names) and the request handlers are
// internal: tests of this package import them from their modules.
export { createSimulatedWorkspace } from './workspace/simulated-workspace';
export type { SimulatedWorkspace } from './workspace/simulated-workspace';
export type {
  CallerContext,
  CampaignRecordSeed,
  CampaignRecordState,
  CampaignSeed,
  DesktopSnapshot,
  DialogRecord,
  FrameKind,
  FrameLeadership,
  TargetSeed,
  ToastRecord,
  WorkspaceEvent,
  WorkspaceSeed,
} from './workspace/types';
export { STATE_OPERATIONS, DEFAULT_NOT_READY_REASONS } from './workspace/state-list';
export { createManualClock, DEFAULT_START_TIME } from './workspace/clock';
export type { ManualClock } from './workspace/clock';
export { CALL_RESULTS } from './workspace/outbound';

export { createWorkspaceHost, SERVER_USER_AGENT } from './host/host';
export type { HostStats, WorkspaceHost, WorkspaceHostOptions } from './host/host';
export type { AttachedFrame, FrameInfo, FramePeer } from './host/frames';
export type { FaultRule } from './host/faults';
export type { HostLogEntry, HostOutcome, HostWithheld } from './host/log';
export { recordingFromHostLog } from './host/recording';
export type { HostRecordingOptions } from './host/recording';
export { parseWorkspaceIni, readWorkspaceIni } from './host/ini';
export type { WorkspaceIniLine, WorkspaceOptions } from './host/ini';

export { createTestWorkspace } from './test-workspace';
export type { TestWorkspace, TestWorkspaceOptions } from './test-workspace';
export {
  voiceInteraction,
  chatInteraction,
  emailInteraction,
  interactionEvent,
  caseEvent,
} from './factories';
export { createReplay, ReplayDivergenceError, ReplayRecordingError } from './replay/replay';
export type { Replay, ReplayDivergence, ReplayOptions, ReplayPosition } from './replay/replay';
export type {
  ReplayTestWorkspace,
  ReplayTestWorkspaceOptions,
} from './replay/replay-test-workspace';
export type { InboundCallInit } from './workspace/voice';
export type { InboundChatInit, InboundEmailInit } from './workspace/open-media';
