import type { MediaSnapshot, WorkspaceClient } from '@wwe-kit/core';
import type { ShallowRef } from 'vue';
import { useWorkspaceStore } from './use-workspace-store';
import { useLiveStores } from './use-workspace-stores';

/**
 * The media store's snapshot (the agent's media channels and their states) as a readonly shallow
 * ref.
 *
 * @example
 * const media = useMediaList();
 * watch(media, (m) => console.log(m.status));
 */
export function useMediaList(client?: WorkspaceClient): Readonly<ShallowRef<MediaSnapshot>> {
  return useWorkspaceStore(useLiveStores(client).media);
}
