export * from '@wwe-kit/core';
export {
  WORKSPACE_CLIENT_KEY,
  createWorkspacePlugin,
  getActiveWorkspaceClient,
  provideWorkspaceClient,
  setActiveWorkspaceClient,
  useWorkspaceClient,
} from './context';
export { useWorkspaceStore } from './use-workspace-store';
export { useLiveStores, useWorkspaceStores } from './use-workspace-stores';
export { useWorkspaceAction } from './use-workspace-action';
export type { WorkspaceAction } from './use-workspace-action';
export { useAgent, useAgentState } from './use-agent';
export { useMediaList } from './use-media-list';
export { useInteractions } from './use-interactions';
export { useInteraction } from './use-interaction';
export { useSelectedCase } from './use-selected-case';
export { useWorkspaceEvent } from './use-workspace-event';
export { useConnection, useCan } from './use-connection';
