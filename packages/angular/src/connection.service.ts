import { Injectable, computed, inject, type Signal } from '@angular/core';
import type { ConnectionState, RequestName } from '@wwe-kit/core';
import { injectWorkspaceStore } from './inject-workspace-store';
import { WORKSPACE_CLIENT } from './workspace-client';

/**
 * Whether Workspace answers, and if not, why and what to set (`client.connection`), as a signal;
 * and what Workspace lets this app call.
 *
 * @example
 * ```ts
 * readonly connection = inject(WorkspaceConnectionService);
 * readonly canDial = this.connection.can('voice.dial');
 * // template: {{ connection.state().message }}
 * ```
 */
@Injectable({ providedIn: 'root' })
export class WorkspaceConnectionService {
  private readonly client = inject(WORKSPACE_CLIENT);

  /** The connection state: `{ status, message, hint, origin, allowedServices }`. */
  readonly state: Signal<ConnectionState> = injectWorkspaceStore(this.client.connection);

  /** Whether Workspace lets this app call `request` (`undefined` until known), as a signal. */
  can(request: RequestName | (string & {})): Signal<boolean | undefined> {
    return computed(() => (this.state().allowedServices, this.client.can(request)));
  }
}
