import { DestroyRef, Injectable, NgZone, inject } from '@angular/core';
import type { EventData, Topic } from '@wwe-kit/core';
import { Observable, share } from 'rxjs';
import { WORKSPACE_CLIENT } from './workspace-client';

/**
 * Workspace events as hot, shared Observables typed per topic (events are not state, so they are
 * Observables rather than signals). One `events$(topic)` holds one client handler (and so at most
 * one host subscription) however many subscribers it has, and completes when the injector is
 * destroyed. Emissions run inside `NgZone` when there is one.
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
  private readonly zone = inject(NgZone, { optional: true });
  private readonly topics = new Map<string, Observable<unknown>>();
  private readonly completions = new Set<() => void>();
  private destroyed = false;

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      for (const complete of [...this.completions]) complete();
    });
  }

  /** The events of `topic` (`'interaction'`, `'agent'`, `'system'`, `'media'`…), typed per topic. */
  events$<T extends Topic>(topic: T): Observable<EventData<T>> {
    let observable = this.topics.get(topic);
    if (!observable) {
      observable = new Observable<EventData<T>>((subscriber) => {
        if (this.destroyed) return subscriber.complete();
        const zone = this.zone;
        const off = this.client.on(topic, (data) =>
          zone ? zone.run(() => subscriber.next(data)) : subscriber.next(data),
        );
        const complete = () => subscriber.complete();
        this.completions.add(complete);
        return () => {
          this.completions.delete(complete);
          off();
        };
      }).pipe(share());
      this.topics.set(topic, observable);
    }
    return observable as Observable<EventData<T>>;
  }
}
