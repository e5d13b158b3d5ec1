import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { WORKSPACE_CLIENT, injectWorkspaceAction } from '@wwe-kit/angular';
import { errorText } from './error-text';

/** Dials a number typed by the agent. */
@Component({
  selector: 'app-click-to-dial',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section>
      <h2>Click to dial</h2>
      <form (submit)="$event.preventDefault(); dial.run(number.value)">
        <input #number aria-label="Number" value="5551234" />
        <button type="submit" [disabled]="dial.pending()">Dial</button>
      </form>
      @if (dial.error(); as e) {
        <p class="error">{{ text(e) }}</p>
      }
    </section>
  `,
})
export class ClickToDialComponent {
  private readonly client = inject(WORKSPACE_CLIENT);
  protected readonly dial = injectWorkspaceAction((destination: string) =>
    this.client.voice.dial(destination),
  );
  protected readonly text = errorText;
}
