import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { InteractionsService, WORKSPACE_CLIENT, injectWorkspaceAction } from '@wwe-kit/angular';

/** The agent's interactions, and a number to dial. */
@Component({
  selector: 'app-call-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul aria-label="Interactions">
      @for (i of interactions.interactions(); track i.interactionId) {
        <li>{{ i.ani ?? i.dnis }}: {{ i.state }}</li>
      }
    </ul>
    <label>Number <input #number /></label>
    <button [disabled]="dial.pending()" (click)="dial.run(number.value)">Dial</button>
  `,
})
export class CallPanelComponent {
  protected readonly interactions = inject(InteractionsService);
  private readonly client = inject(WORKSPACE_CLIENT);
  protected readonly dial = injectWorkspaceAction((to: string) => this.client.voice.dial(to));
}
