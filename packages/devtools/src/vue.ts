import type { WorkspaceClient } from '@wwe-kit/core';
import { WORKSPACE_CLIENT_KEY, getActiveWorkspaceClient } from '@wwe-kit/vue';
import { defineComponent, inject, onScopeDispose, type App, type Plugin, type PropType } from 'vue';
import { installWorkspaceDevtools, type WorkspaceDevtoolsLoaderOptions } from './loader';

/**
 * Options of {@link createWorkspaceDevtoolsPlugin}: the loader's, and the client (default: the one
 * `createWorkspacePlugin` provided).
 *
 * @example
 * const options: WorkspaceDevtoolsPluginOptions = { always: import.meta.env.DEV };
 */
export interface WorkspaceDevtoolsPluginOptions extends WorkspaceDevtoolsLoaderOptions {
  client?: WorkspaceClient;
}

const clientOf = (given?: WorkspaceClient) =>
  given ?? inject(WORKSPACE_CLIENT_KEY, undefined) ?? getActiveWorkspaceClient();

/**
 * wwe-kit's devtools in a Vue app, in one line after `createWorkspacePlugin(client)`: the panel is
 * fetched when opened (Ctrl+Alt+Shift+W, the `localStorage` flag `wwe-kit:devtools`, the URL flag
 * `wwe-kit-devtools`) or at once with `always`; unmounting the app removes it.
 *
 * @example
 * createApp(App)
 *   .use(createWorkspacePlugin(client))
 *   .use(createWorkspaceDevtoolsPlugin({ always: import.meta.env.DEV }))
 *   .mount('#app');
 */
export function createWorkspaceDevtoolsPlugin(
  options: WorkspaceDevtoolsPluginOptions = {},
): Plugin {
  return {
    install(app: App) {
      const { client, ...rest } = options;
      const c = app.runWithContext(() => clientOf(client));
      if (!c) {
        console.warn('[wwe-kit devtools] no client: use createWorkspacePlugin(client) first');
        return;
      }
      const off = installWorkspaceDevtools(c, rest);
      app.onUnmount?.(off);
    },
  };
}

/**
 * The same as a component, for apps that prefer it in a template: `<WorkspaceDevtools always />`.
 * Renders nothing itself.
 *
 * @example
 * <WorkspaceDevtools :always="isDev" />
 */
export const WorkspaceDevtools = defineComponent({
  name: 'WorkspaceDevtools',
  props: {
    client: { type: Object as PropType<WorkspaceClient>, required: false },
    always: { type: Boolean, default: false },
    open: { type: Boolean, default: false },
  },
  setup(props) {
    const c = clientOf(props.client);
    if (c && typeof window !== 'undefined') {
      const off = installWorkspaceDevtools(c, { always: props.always, open: props.open });
      onScopeDispose(off);
    }
    return () => null;
  },
});
