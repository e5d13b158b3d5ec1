import {
  DestroyRef,
  inject,
  provideEnvironmentInitializer,
  type EnvironmentProviders,
} from '@angular/core';
import { WORKSPACE_CLIENT } from '@wwe-kit/angular';
import { installWorkspaceDevtools, type WorkspaceDevtoolsLoaderOptions } from './loader';

/**
 * wwe-kit's devtools in an Angular app, in one line next to `provideWorkspace(...)`: the panel is
 * fetched when opened (Ctrl+Alt+Shift+W, the `localStorage` flag `wwe-kit:devtools`, the URL flag
 * `wwe-kit-devtools`) or at once with `always`; destroying the app removes it.
 *
 * @example
 * bootstrapApplication(App, {
 *   providers: [
 *     provideWorkspace({ hostOrigin: 'https://wwe.example.com' }),
 *     provideWorkspaceDevtools({ always: isDevMode() }),
 *   ],
 * });
 */
export function provideWorkspaceDevtools(
  options: WorkspaceDevtoolsLoaderOptions = {},
): EnvironmentProviders {
  return provideEnvironmentInitializer(() => {
    // Not on a server (SSR): the devtools live in the browser only.
    if (typeof window === 'undefined') return;
    const off = installWorkspaceDevtools(inject(WORKSPACE_CLIENT), options);
    inject(DestroyRef).onDestroy(off);
  });
}
