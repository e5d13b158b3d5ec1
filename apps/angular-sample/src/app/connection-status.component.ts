import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { CONNECTION } from './connection';

/** How long Workspace may stay silent before the panel says so. */
const NO_ANSWER_MS = 3000;

/**
 * Embedded only: whether Workspace answers. Workspace ignores a page whose origin is not in
 * `service-client-api.accepted-web-content-origins` (no reply at all), so the panel probes it with
 * `system.getAllowedServices` and says so after a few seconds of silence instead of hanging.
 */
@Component({
  selector: 'app-connection-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (status() === 'silent') {
      <p role="alert" class="error" data-testid="connection">
        Workspace at {{ hostOrigin }} does not answer. Is this page’s origin ({{ origin }}) in
        service-client-api.accepted-web-content-origins?
      </p>
    } @else {
      <p data-testid="connection">
        {{ status() === 'connected' ? 'Connected to' : 'Connecting to' }} Workspace at
        {{ hostOrigin }}
      </p>
    }
  `,
})
export class ConnectionStatusComponent {
  private readonly connection = inject(CONNECTION);
  protected readonly hostOrigin =
    this.connection.mode === 'embedded' ? this.connection.hostOrigin : '';
  protected readonly origin = location.origin;
  protected readonly status = signal<'connecting' | 'connected' | 'silent'>('connecting');

  constructor() {
    let live = true;
    const timer = setTimeout(() => {
      if (live && this.status() === 'connecting') this.status.set('silent');
    }, NO_ANSWER_MS);
    this.connection.client.system.getAllowedServices({ timeoutMs: 0 }).then(
      () => live && this.status.set('connected'),
      () => {},
    );
    inject(DestroyRef).onDestroy(() => {
      live = false;
      clearTimeout(timer);
    });
  }
}
