import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { InteractionsService } from '@wwe-kit/angular';
import { errorText } from './error-text';

/** Dials a number typed by the agent. */
@Component({
  selector: 'app-click-to-dial',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section>
      <h2>Click to dial</h2>
      <form (submit)="$event.preventDefault(); dial(number.value)">
        <input #number aria-label="Number" value="5551234" />
        <button type="submit">Dial</button>
      </form>
      @if (error(); as e) {
        <p class="error">{{ e }}</p>
      }
    </section>
  `,
})
export class ClickToDialComponent {
  private readonly interactions = inject(InteractionsService);
  protected readonly error = signal('');

  protected async dial(destination: string): Promise<void> {
    this.error.set('');
    try {
      await this.interactions.dial(destination);
    } catch (e) {
      this.error.set(errorText(e));
    }
  }
}
