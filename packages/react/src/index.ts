'use client';
export { WorkspaceProvider, useWorkspaceClient } from './context';
export type { WorkspaceProviderProps } from './context';
export { useWorkspaceStore } from './use-workspace-store';
export type { WorkspaceStoreOptions } from './use-workspace-store';
export { useLiveStores, useWorkspaceStores } from './use-stores';
export { useAgent } from './use-agent';
export { useAgentState } from './use-agent-state';
export { useMediaList } from './use-media-list';
export { useInteractions } from './use-interactions';
export { useInteraction } from './use-interaction';
export { useSelectedCase } from './use-selected-case';
export { useWorkspaceEvent } from './use-workspace-event';
export { useWorkspaceAction } from './use-workspace-action';
export { useConnection, useCan } from './use-connection';
export type { WorkspaceAction } from './use-workspace-action';
// One package to install: everything of @wwe-kit/core, from the same module instance.
export * from '@wwe-kit/core';
