import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { WorkspaceRequests } from '@wwe-kit/angular';
import { CONNECTION } from './connection';
import { errorText } from './error-text';

/** Pops up a Workspace toast with two buttons; standalone, it also shows the simulated toast. */
@Component({
  selector: 'app-toast-sender',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section>
      <h2>Toast</h2>
      <button type="button" (click)="popup()">Show toast</button>
      @if (toastId(); as id) {
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
      @if (error(); as e) {
        <p class="error">{{ e }}</p>
      }
    </section>
  `,
})
export class ToastSenderComponent {
  private readonly requests = inject(WorkspaceRequests);
  protected readonly workspace = inject(CONNECTION).workspace;
  protected readonly buttons = ['Accept', 'Dismiss'];
  protected readonly toastId = signal('');
  protected readonly error = signal('');

  protected async popup(): Promise<void> {
    this.error.set('');
    try {
      const id = await this.requests.request('system.popupToast', [
        { title: 'Angular sample', message: 'Choose a button', buttons: this.buttons },
      ]);
      this.toastId.set(String(id));
    } catch (e) {
      this.error.set(errorText(e));
    }
  }

  protected click(toastId: string, index: number): void {
    this.workspace?.clickToastButton(toastId, index);
  }
}
