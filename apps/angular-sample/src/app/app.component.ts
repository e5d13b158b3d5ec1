import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { WorkspaceEventsService } from '@wwe-kit/angular';
import { AgentStatePickerComponent } from './agent-state-picker.component';
import { CaseSelectionComponent } from './case-selection.component';
import { ClickToDialComponent } from './click-to-dial.component';
import { ConnectionStatusComponent } from './connection-status.component';
import { CONNECTION } from './connection';
import { EventLogComponent } from './event-log.component';
import { EventLog } from './event-log.service';
import { InteractionDetailsComponent } from './interaction-details.component';
import { InteractionListComponent } from './interaction-list.component';
import { ToastSenderComponent } from './toast-sender.component';

/** The integration panel. */
@Component({
  selector: 'app-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AgentStatePickerComponent,
    CaseSelectionComponent,
    ClickToDialComponent,
    ConnectionStatusComponent,
    EventLogComponent,
    InteractionDetailsComponent,
    InteractionListComponent,
    ToastSenderComponent,
  ],
  template: `
    <main class="panel">
      <header>
        <h1>wwe-kit Angular sample</h1>
        <span data-testid="mode">{{ connection.workspace ? 'standalone' : 'workspace' }}</span>
        @if (connection.workspace) {
          <button type="button" (click)="simulateInboundCall()">Simulate inbound call</button>
        }
      </header>
      <app-connection-status />
      <app-agent-state-picker />
      <app-click-to-dial />
      <section class="interactions">
        <app-interaction-list [(selected)]="selectedId" />
        @if (selectedId(); as id) {
          <app-interaction-details [id]="id" />
        }
      </section>
      <app-case-selection />
      <app-toast-sender />
      <app-event-log />
    </main>
  `,
})
export class AppComponent {
  protected readonly connection = inject(CONNECTION);
  protected readonly selectedId = signal<string | undefined>(undefined);
  private readonly log = inject(EventLog);
  private calls = 0;

  constructor() {
    const events = inject(WorkspaceEventsService);
    events
      .events$('agent')
      .pipe(takeUntilDestroyed())
      .subscribe((e) => this.log.add(`agent ${e.eventType}`));
    events
      .events$('interaction')
      .pipe(takeUntilDestroyed())
      .subscribe((e) =>
        this.log.add(
          `interaction ${e.eventType} ${e.interaction?.interactionId ?? e.selectedCaseId ?? ''}`,
        ),
      );
    events
      .events$('system')
      .pipe(takeUntilDestroyed())
      .subscribe((e) =>
        this.log.add(
          e.eventType === 'CUSTOM_TOAST_BUTTON_CLICK'
            ? `toast ${String(e.customToastId)} button ${String(e.buttonIndex)} clicked`
            : `system ${e.eventType}`,
        ),
      );
  }

  protected simulateInboundCall(): void {
    this.calls++;
    const id = this.connection.workspace?.simulateInboundCall({
      ani: `555000${this.calls}`,
      dnis: '8001',
      userData: { Note: 'simulated', Priority: 'normal' },
    });
    if (id && !this.selectedId()) this.selectedId.set(id);
  }
}
