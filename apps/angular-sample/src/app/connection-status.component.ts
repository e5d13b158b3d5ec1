import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { injectStoreBridge } from '@wwe-kit/angular';
import { CONNECTION } from './connection';

/**
 * Embedded only: whether Workspace answers (`connection.status`). Workspace ignores a page whose
 * origin is not in `service-client-api.accepted-web-content-origins`, so the panel says so
 * instead of hanging.
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
  protected readonly status = injectStoreBridge().signal(this.connection.status);
}
