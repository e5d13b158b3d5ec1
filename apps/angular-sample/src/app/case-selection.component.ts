import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { InteractionsService } from '@wwe-kit/angular';

/** The case selected in Workspace, and buttons that select each interaction's case. */
@Component({
  selector: 'app-case-selection',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section>
      <h2>Case selection</h2>
      <p data-testid="case">
        Selected case: {{ service.caseSelection().caseId ?? 'none' }}
        {{ service.caseSelection().expanded ? '(expanded)' : '' }}
      </p>
      @for (i of service.interactions(); track i.interactionId) {
        @if (i.caseId; as caseId) {
          <button type="button" (click)="service.selectCase(caseId)">
            Select case {{ caseId }}
          </button>
        }
      }
    </section>
  `,
})
export class CaseSelectionComponent {
  protected readonly service = inject(InteractionsService);
}
