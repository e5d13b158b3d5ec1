import type { WorkspaceClient } from '@wwe-kit/core';
import {
  hasInjectionContext,
  inject,
  provide,
  type App,
  type InjectionKey,
  type Plugin,
} from 'vue';

/**
 * The injection key under which the plugin and {@link provideWorkspaceClient} provide the client.
 *
 * @example
 * const client = inject(WORKSPACE_CLIENT_KEY);
 */
export const WORKSPACE_CLIENT_KEY: InjectionKey<WorkspaceClient> = Symbol('wwe-kit client');

let active: WorkspaceClient | undefined;

/**
 * Sets (or clears with `undefined`) the client composables fall back to outside an injection
 * context, e.g. in plain modules or tests. The plugin sets it when installed.
 *
 * @example
 * setActiveWorkspaceClient(client);
 * const scope = effectScope();
 * scope.run(() => useAgentState()); // uses `client`
 */
export function setActiveWorkspaceClient(client: WorkspaceClient | undefined): void {
  active = client;
}

/**
 * The client composables fall back to outside an injection context, if any.
 *
 * @example
 * const client = getActiveWorkspaceClient();
 */
export function getActiveWorkspaceClient(): WorkspaceClient | undefined {
  return active;
}

/**
 * A Vue plugin that provides `client` to the whole app and, in a browser, makes it the active
 * client (for code outside components and injection contexts). Uninstalling the app clears it
 * again. On a server (no `window`), it only provides: a module-global client would be shared by
 * every later request of that server (router guards and Pinia stores run in the app's injection
 * context, `app.runWithContext`, and get the provided client there too).
 *
 * @example
 * const client = createWorkspaceClient({ hostOrigin: 'https://wwe.example.com' });
 * createApp(App).use(createWorkspacePlugin(client)).mount('#app');
 */
export function createWorkspacePlugin(client: WorkspaceClient): Plugin {
  return {
    install(app: App) {
      app.provide(WORKSPACE_CLIENT_KEY, client);
      if (typeof window === 'undefined') return;
      setActiveWorkspaceClient(client);
      app.onUnmount?.(() => {
        if (active === client) active = undefined;
      });
    },
  };
}

/**
 * Provides `client` to the calling component's subtree (call it in `setup`).
 *
 * @example
 * // in <script setup> of a parent component
 * provideWorkspaceClient(createTestWorkspace().client);
 */
export function provideWorkspaceClient(client: WorkspaceClient): void {
  provide(WORKSPACE_CLIENT_KEY, client);
}

/**
 * The client to use: `explicit` if given, else the injected one (in `setup`, router guards, Pinia
 * stores, `app.runWithContext`), else the active client set by the plugin. Throws when there is
 * none.
 *
 * @example
 * const client = useWorkspaceClient();
 * await client.voice.dial('5551234');
 */
export function useWorkspaceClient(explicit?: WorkspaceClient): WorkspaceClient {
  if (explicit) return explicit;
  const injected = hasInjectionContext() ? inject(WORKSPACE_CLIENT_KEY, undefined) : undefined;
  const client = injected ?? active;
  if (!client)
    throw new Error(
      '[@wwe-kit/vue] No Workspace client: install createWorkspacePlugin(client), call ' +
        'provideWorkspaceClient(client) in a parent component, or pass the client explicitly.',
    );
  return client;
}
