import { DestroyRef, inject, type Provider } from '@angular/core';
import {
  createWorkspaceClient,
  type WorkspaceClient,
  type WorkspaceClientOptions,
} from '@wwe-kit/core';
import { AgentStateService } from './agent-state.service';
import { WorkspaceConnectionService } from './connection.service';
import { InteractionsService } from './interactions.service';
import { MediaService } from './media.service';
import { WORKSPACE_CLIENT } from './workspace-client';
import { WorkspaceEventsService } from './workspace-events.service';

/**
 * Registers a Workspace client under {@link WORKSPACE_CLIENT}, with the services bound to it.
 * Give a client (you own it) or client options (the client is created on first use and disposed
 * with the injector). Works in `bootstrapApplication`/`ApplicationConfig`, and in a component's
 * `providers` to scope another client (and its own services) to that subtree.
 *
 * @example
 * ```ts
 * bootstrapApplication(AppComponent, {
 *   providers: [
 *     provideZonelessChangeDetection(),
 *     provideWorkspace({ hostOrigin: 'https://wwe.example.com' }),
 *   ],
 * });
 *
 * // a subtree talking to a simulated workspace: in its component's metadata,
 * // `@Component({ providers: [provideWorkspace(createTestWorkspace().client)], template: '…' })`
 * ```
 */
export function provideWorkspace(
  clientOrOptions: WorkspaceClient | WorkspaceClientOptions | (() => WorkspaceClient),
): Provider[] {
  return [
    {
      provide: WORKSPACE_CLIENT,
      useFactory: (): WorkspaceClient => {
        if (typeof clientOrOptions === 'function') return clientOrOptions();
        if (isClient(clientOrOptions)) return clientOrOptions;
        const client = createWorkspaceClient(clientOrOptions);
        inject(DestroyRef).onDestroy(() => client.dispose());
        return client;
      },
    },
    AgentStateService,
    InteractionsService,
    MediaService,
    WorkspaceEventsService,
    WorkspaceConnectionService,
  ];
}

function isClient(value: WorkspaceClient | WorkspaceClientOptions): value is WorkspaceClient {
  return typeof (value as WorkspaceClient).on === 'function';
}
