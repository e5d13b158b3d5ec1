import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AgentState } from './agent-state';
import { AttachedData } from './attached-data';
import { ClickToDial } from './click-to-dial';
import { CONNECTION } from './connection';
import { ConnectionStatus } from './connection-status';
import { InteractionList } from './interaction-list';

@Component({
  selector: 'app-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AgentState, AttachedData, ClickToDial, ConnectionStatus, InteractionList],
  template: `
    <main>
      <header>
        <h1>__APP_NAME__</h1>
        <!-- The in-page simulated Workspace: the app opened on its own, in development only. -->
        @if (connection.workspace) {
          <button type="button" (click)="simulateInboundCall()">Simulate inbound call</button>
        }
      </header>
      <app-connection-status />
      <app-agent-state />
      <app-click-to-dial />
      <app-interaction-list />
      <app-attached-data />
    </main>
  `,
  styles: `
    main {
      padding: 12px;
    }
    header {
      display: flex;
      align-items: center;
      gap: 12px;
    }
  `,
})
export class App {
  protected readonly connection = inject(CONNECTION);
  private calls = 0;

  protected simulateInboundCall(): void {
    this.calls++;
    this.connection.workspace?.simulateInboundCall({
      ani: `555000${this.calls}`,
      userData: { Note: '' },
    });
  }
}
