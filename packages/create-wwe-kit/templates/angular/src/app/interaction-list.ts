import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { InteractionsService } from '@wwe-kit/angular';
import { Selection } from './selection';

/** The agent's interactions; a click selects one (its attached data shows below). */
@Component({
  selector: 'app-interaction-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section>
      <h2>Interactions</h2>
      @if (service.snapshot().status === 'loading') {
        <p>loading…</p>
      } @else if (service.interactions().length === 0) {
        <p>No interaction</p>
      }
      <ul aria-label="Interactions">
        @for (i of service.interactions(); track i.interactionId) {
          <li>
            <button
              type="button"
              [attr.aria-pressed]="selected() === i.interactionId"
              (click)="selected.set(i.interactionId)"
            >
              {{ i.media }} {{ i.ani ?? i.dnis ?? '' }} {{ i.state }}
            </button>
          </li>
        }
      </ul>
    </section>
  `,
})
export class InteractionList {
  protected readonly service = inject(InteractionsService);
  protected readonly selected = inject(Selection).interactionId;
}
