import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { WorkspaceConnectionService } from '@wwe-kit/angular';

/**
 * Whether Workspace answers (`WorkspaceConnectionService`), and if not, why and what to change:
 * the page showing the panel is not an allowed Workspace origin (`origin-mismatch`: nothing is
 * sent to it), Workspace ignores the panel's origin (`silent`: the hint gives the INI line to
 * add), or the panel is not shown by Workspace at all (`not-embedded`).
 */
@Component({
  selector: 'app-connection-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      [attr.role]="failed() ? 'alert' : 'status'"
      [class.error]="failed()"
      data-testid="connection"
      [attr.data-status]="state().status"
    >
      <p data-testid="connection-message">{{ state().message }}</p>
      @if (state().hint; as hint) {
        <p data-testid="connection-hint">{{ hint }}</p>
      }
    </div>
  `,
})
export class ConnectionStatusComponent {
  protected readonly state = inject(WorkspaceConnectionService).state;
  protected readonly failed = computed(
    () => !['connecting', 'connected'].includes(this.state().status),
  );
}
