import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { EventLog } from './event-log.service';

/** The latest Workspace events. */
@Component({
  selector: 'app-event-log',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section>
      <h2>Event log</h2>
      <ol data-testid="log">
        @for (line of log.entries(); track $index) {
          <li>{{ line }}</li>
        }
      </ol>
    </section>
  `,
})
export class EventLogComponent {
  protected readonly log = inject(EventLog);
}
