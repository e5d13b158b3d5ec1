'use client';
import type { MediaSnapshot, WorkspaceClient } from '@wwe-kit/core';
import { useWorkspaceStore } from './use-workspace-store';
import { useLiveStores } from './use-stores';

/**
 * The agent's media channels and their states (`{ status, media }`).
 *
 * @example
 * function Channels() {
 *   const { media } = useMediaList();
 *   return <ul>{media.map((m) => <li key={m.media}>{m.media}: {m.state.displayName}</li>)}</ul>;
 * }
 */
export function useMediaList(client?: WorkspaceClient): MediaSnapshot {
  return useWorkspaceStore(useLiveStores(client).media);
}
