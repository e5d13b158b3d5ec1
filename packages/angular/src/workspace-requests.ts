import { Injectable, inject } from '@angular/core';
import type { RequestOptions, WorkspaceClient } from '@wwe-kit/core';
import { injectTrackRequest } from './pending';
import { WORKSPACE_CLIENT } from './workspace-client';

/**
 * Any Workspace request by name, typed by the core's request map and registered with
 * `PendingTasks` until it settles (so `whenStable()` waits for it).
 *
 * @example
 * const requests = inject(WorkspaceRequests);
 * const toastId = await requests.request('system.popupToast', [{ title: 'Hi', message: 'There' }]);
 * await requests.run((client) => client.voice.dial('5551234'));
 */
@Injectable({ providedIn: 'root' })
export class WorkspaceRequests {
  /** The client itself, for calls that need no `PendingTasks` tracking. */
  readonly client: WorkspaceClient = inject(WORKSPACE_CLIENT);
  private readonly track = injectTrackRequest();

  /**
   * Sends a request by name: the client's `request`, with the same typing (known names are typed,
   * other names are sent as given).
   */
  readonly request = ((name: string, parameters?: readonly unknown[], options?: RequestOptions) =>
    this.track(() => this.client.request(name, parameters, options))) as WorkspaceClient['request'];

  /** Runs any client call, registered with `PendingTasks` until it settles. */
  run<R>(call: (client: WorkspaceClient) => Promise<R>): Promise<R> {
    return this.track(() => call(this.client));
  }
}
