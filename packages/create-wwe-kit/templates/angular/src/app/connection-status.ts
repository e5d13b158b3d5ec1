import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { WorkspaceConnectionService } from '@wwe-kit/angular';

/**
 * Whether Workspace answers, and if not, why and what to change: the page showing the app is not
 * an allowed Workspace origin (`origin-mismatch`: nothing is sent to it), Workspace ignores the
 * app's origin (`silent`: the hint gives the INI line to add), or the app is not shown by
 * Workspace at all (`not-embedded`).
 */
@Component({
  selector: 'app-connection-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section
      [attr.role]="failed() ? 'alert' : 'status'"
      [class.error]="failed()"
      data-testid="connection"
      [attr.data-status]="state().status"
    >
      <p>{{ state().message }}</p>
      @if (state().hint; as hint) {
        <p>
          <small>{{ hint }}</small>
        </p>
      }
    </section>
  `,
})
export class ConnectionStatus {
  protected readonly state = inject(WorkspaceConnectionService).state;
  protected readonly failed = computed(
    () => !['connecting', 'connected'].includes(this.state().status),
  );
}
