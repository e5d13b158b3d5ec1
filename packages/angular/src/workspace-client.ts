import { InjectionToken } from '@angular/core';
import type { WorkspaceClient } from '@wwe-kit/core';

/**
 * The injection token of the Workspace client, registered by {@link provideWorkspace}.
 *
 * @example
 * const client = inject(WORKSPACE_CLIENT);
 * await client.voice.dial('5551234');
 */
export const WORKSPACE_CLIENT = new InjectionToken<WorkspaceClient>('@wwe-kit/angular client');
