import { Injectable, inject, type Signal } from '@angular/core';
import { workspaceStores, type MediaSnapshot, type RequestOptions } from '@wwe-kit/core';
import type { Observable } from 'rxjs';
import { injectTrackRequest } from './pending';
import { injectStoreBridge } from './store-bridge';
import { WORKSPACE_CLIENT } from './workspace-client';

/**
 * The agent's media channels and their states, as a shared Observable and a signal, and
 * `setState` for one channel.
 *
 * @example
 * ```ts
 * readonly media = inject(MediaService);
 * // in the template: `@for (m of media.media().media; track m.name) { {{ m.name }} }`
 * await this.media.setState('voice', 'Ready');
 * ```
 */
@Injectable({ providedIn: 'root' })
export class MediaService {
  private readonly client = inject(WORKSPACE_CLIENT);
  private readonly store = workspaceStores(this.client).media;
  private readonly bridge = injectStoreBridge();
  private readonly track = injectTrackRequest();

  /** The media snapshot: emits the current one, then every change. */
  readonly media$: Observable<MediaSnapshot> = this.bridge.observable(this.store);
  /** The media snapshot as a signal. */
  readonly media: Signal<MediaSnapshot> = this.bridge.signal(this.store);

  /** Changes the state of one media channel (`media.setState`). */
  setState(mediaName: string, operationName: string, options?: RequestOptions): Promise<void> {
    return this.track(() => this.client.media.setState(mediaName, operationName, options));
  }
}
