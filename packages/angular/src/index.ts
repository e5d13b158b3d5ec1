export * from '@wwe-kit/core';
export { WORKSPACE_CLIENT } from './workspace-client';
export { provideWorkspace } from './provide-workspace';
export { injectWorkspaceStore } from './inject-workspace-store';
export { injectWorkspaceAction } from './inject-workspace-action';
export { injectInteraction } from './inject-interaction';
export type { InteractionIdSource } from './inject-interaction';
export type { InjectWorkspaceOptions } from './inject-context';
export {
  injectAgent,
  injectAgentState,
  injectCan,
  injectConnection,
  injectInteractions,
  injectMediaList,
  injectSelectedCase,
  injectWorkspaceEvent,
} from './inject-live-state';
export type { WorkspaceAction } from './inject-workspace-action';
export { AgentStateService } from './agent-state.service';
export { InteractionsService } from './interactions.service';
export { MediaService } from './media.service';
export { WorkspaceConnectionService } from './connection.service';
export { WorkspaceEventsService } from './workspace-events.service';
