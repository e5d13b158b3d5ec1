import { Injectable, inject } from '@angular/core';
import type { EventData, Topic } from '@wwe-kit/core';
import type { Observable } from 'rxjs';
import { injectStoreBridge } from './store-bridge';
import { WORKSPACE_CLIENT } from './workspace-client';

/**
 * Workspace events as hot, shared Observables typed per topic. One `events$(topic)` holds one
 * client handler (and so at most one host subscription) however many subscribers it has, and
 * completes when the injector is destroyed.
 *
 * @example
 * inject(WorkspaceEventsService)
 *   .events$('system')
 *   .pipe(filter((e) => e.eventType === 'CUSTOM_TOAST_BUTTON_CLICK'), takeUntilDestroyed())
 *   .subscribe((e) => console.log('button', e.buttonIndex));
 */
@Injectable({ providedIn: 'root' })
export class WorkspaceEventsService {
  private readonly client = inject(WORKSPACE_CLIENT);
  private readonly bridge = injectStoreBridge();
  private readonly topics = new Map<string, Observable<unknown>>();

  /** The events of `topic` (`'interaction'`, `'agent'`, `'system'`, `'media'`…), typed per topic. */
  events$<T extends Topic>(topic: T): Observable<EventData<T>> {
    let observable = this.topics.get(topic);
    if (!observable) {
      observable = this.bridge.shared<EventData<T>>(
        (next) => this.client.on(topic, (data) => next(data)),
        false,
      );
      this.topics.set(topic, observable);
    }
    return observable as Observable<EventData<T>>;
  }
}
