import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { InteractionsService } from '@wwe-kit/angular';

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
    <button (click)="interactions.dial(number.value)">Dial</button>
  `,
})
export class CallPanelComponent {
  protected readonly interactions = inject(InteractionsService);
}
