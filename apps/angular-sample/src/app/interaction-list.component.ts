import { ChangeDetectionStrategy, Component, inject, model } from '@angular/core';
import { InteractionsService } from '@wwe-kit/angular';

/** Every live interaction; clicking one selects it. */
@Component({
  selector: 'app-interaction-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section>
      <h2>Interactions</h2>
      <ul data-testid="interactions">
        @for (i of service.interactions(); track i.interactionId) {
          <li>
            <button
              type="button"
              [attr.aria-pressed]="selected() === i.interactionId"
              (click)="selected.set(i.interactionId)"
            >
              {{ i.media }} {{ i.ani ?? i.dnis ?? '' }} — {{ i.state }}
            </button>
          </li>
        } @empty {
          <li>No interaction.</li>
        }
      </ul>
    </section>
  `,
})
export class InteractionListComponent {
  protected readonly service = inject(InteractionsService);
  readonly selected = model<string | undefined>(undefined);
}
