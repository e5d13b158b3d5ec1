import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { InteractionsService, WorkspaceConnectionService } from '@wwe-kit/angular';
import { errorText } from './error-text';

/** A number to dial: Workspace places the call. */
@Component({
  selector: 'app-click-to-dial',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section>
      <h2>Click-to-dial</h2>
      <form aria-label="Click-to-dial" (submit)="$event.preventDefault(); dial()">
        <label>
          Number
          <input
            type="tel"
            [value]="number()"
            (input)="number.set($any($event.target).value.trim())"
          />
        </label>
        <button type="submit" [disabled]="!number() || pending() || canDial() === false">
          Dial
        </button>
      </form>
      @if (error(); as e) {
        <p class="error">{{ e }}</p>
      }
    </section>
  `,
})
export class ClickToDial {
  private readonly interactions = inject(InteractionsService);
  /** `false` when Workspace's request filter leaves `voice.dial` out. */
  protected readonly canDial = inject(WorkspaceConnectionService).can('voice.dial');
  protected readonly number = signal('');
  protected readonly pending = signal(false);
  protected readonly error = signal('');

  protected async dial(): Promise<void> {
    this.pending.set(true);
    this.error.set('');
    try {
      await this.interactions.dial(this.number());
    } catch (e) {
      this.error.set(errorText(e));
    } finally {
      this.pending.set(false);
    }
  }
}
