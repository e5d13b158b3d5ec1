import { workspaceStores, type MediaSnapshot, type WorkspaceClient } from '@wwe-kit/core';
import type { ShallowRef } from 'vue';
import { useWorkspaceClient } from './context';
import { useStore } from './use-store';

/**
 * The media store's snapshot (the agent's media channels and their states) as a readonly shallow
 * ref.
 *
 * @example
 * const media = useMediaList();
 * watch(media, (m) => console.log(m.status));
 */
export function useMediaList(client?: WorkspaceClient): Readonly<ShallowRef<MediaSnapshot>> {
  return useStore(workspaceStores(useWorkspaceClient(client)).media);
}
