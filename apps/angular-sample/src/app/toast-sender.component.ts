import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { WORKSPACE_CLIENT, injectWorkspaceAction } from '@wwe-kit/angular';
import { CONNECTION } from './connection';
import { errorText } from './error-text';

/** Pops up a Workspace toast with two buttons; standalone, it also shows the simulated toast. */
@Component({
  selector: 'app-toast-sender',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section>
      <h2>Toast</h2>
      <button type="button" [disabled]="popup.pending()" (click)="popup.run()">Show toast</button>
      @if (popup.data(); as id) {
        <p data-testid="toast">
          Toast {{ id }}
          @if (workspace) {
            (simulated:
            @for (label of buttons; track $index) {
              <button type="button" (click)="click(id, $index)">{{ label }}</button>
            }
            )
          }
        </p>
      }
      @if (popup.error(); as e) {
        <p class="error">{{ text(e) }}</p>
      }
    </section>
  `,
})
export class ToastSenderComponent {
  private readonly client = inject(WORKSPACE_CLIENT);
  protected readonly workspace = inject(CONNECTION).workspace;
  protected readonly buttons = ['Accept', 'Dismiss'];
  protected readonly popup = injectWorkspaceAction(async () =>
    String(
      await this.client.system.popupToast({
        title: 'Angular sample',
        message: 'Choose a button',
        buttons: this.buttons,
      }),
    ),
  );
  protected readonly text = errorText;

  protected click(toastId: string, index: number): void {
    this.workspace?.clickToastButton(toastId, index);
  }
}
