import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { InteractionsService, WORKSPACE_CLIENT, injectWorkspaceAction } from '@wwe-kit/angular';
import { errorText } from './error-text';

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
          <button type="button" (click)="select.run(caseId)">Select case {{ caseId }}</button>
        }
      }
      @if (select.error(); as e) {
        <p class="error">{{ text(e) }}</p>
      }
    </section>
  `,
})
export class CaseSelectionComponent {
  protected readonly service = inject(InteractionsService);
  private readonly client = inject(WORKSPACE_CLIENT);
  protected readonly select = injectWorkspaceAction((caseId: string) =>
    this.client.interaction.selectCaseByCaseId(caseId),
  );
  protected readonly text = errorText;
}
