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
export {
  STATE_OPERATIONS,
  DEFAULT_NOT_READY_REASONS,
  buildStateList,
} from './workspace/state-list';
export { createManualClock, DEFAULT_START_TIME } from './workspace/clock';
export type { ManualClock } from './workspace/clock';
export { simulatedRequests } from './workspace/handlers';
export { getOptions } from './workspace/configuration';
export { makeJwt } from './workspace/auth';
export { CALL_RESULTS } from './workspace/outbound';

export { createWorkspaceHost, SERVER_USER_AGENT } from './host/host';
export type { HostStats, WorkspaceHost, WorkspaceHostOptions } from './host/host';
export type { AttachedFrame, FrameInfo, FramePeer } from './host/frames';
export type { FaultRule } from './host/faults';
export type { HostLogEntry, HostOutcome } from './host/log';
export { parseWorkspaceIni, normalizeOptions } from './host/ini';
export type { WorkspaceOptions } from './host/ini';
export { parseAcceptedOrigins, filterForOrigin, filterAllows } from './host/origins';
export type { OriginPolicy } from './host/origins';
export { readSecurity, OPTION } from './host/security';
export type { KeySet, SecuritySettings } from './host/security';
export { rateLimitMessage, WINDOW_MS } from './host/rate-limiter';
export { filterReadableUserData, forbiddenWriteKey } from './host/user-data-access';

export { createTestWorkspace } from './test-workspace';
export type { TestWorkspace, TestWorkspaceOptions } from './test-workspace';
export { voiceInteraction, chatInteraction, emailInteraction, interactionEvent } from './factories';
export type { InboundCallInit } from './workspace/voice';
export type { InboundChatInit, InboundEmailInit } from './workspace/open-media';
