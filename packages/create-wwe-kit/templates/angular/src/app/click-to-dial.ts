import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  WORKSPACE_CLIENT,
  WorkspaceConnectionService,
  injectWorkspaceAction,
} from '@wwe-kit/angular';
import { errorText } from './error-text';

/** A number to dial: Workspace places the call. */
@Component({
  selector: 'app-click-to-dial',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section>
      <h2>Click-to-dial</h2>
      <form aria-label="Click-to-dial" (submit)="$event.preventDefault(); dial.run(number())">
        <label>
          Number
          <input
            type="tel"
            [value]="number()"
            (input)="number.set($any($event.target).value.trim())"
          />
        </label>
        <button type="submit" [disabled]="!number() || dial.pending() || canDial() === false">
          Dial
        </button>
      </form>
      @if (dial.error(); as e) {
        <p class="error">{{ text(e) }}</p>
      }
    </section>
  `,
})
export class ClickToDial {
  private readonly client = inject(WORKSPACE_CLIENT);
  /** `false` when Workspace's request filter leaves `voice.dial` out. */
  protected readonly canDial = inject(WorkspaceConnectionService).can('voice.dial');
  protected readonly number = signal('');
  protected readonly dial = injectWorkspaceAction((destination: string) =>
    this.client.voice.dial(destination),
  );
  protected readonly text = errorText;
}
