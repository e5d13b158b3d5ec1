import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { InteractionsService, type KeyValues } from '@wwe-kit/angular';
import { errorText } from './error-text';

/** The interaction's attached data, with set and delete; forbidden keys show the typed error. */
@Component({
  selector: 'app-attached-data-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h3>Attached data</h3>
    <table>
      <tbody>
        @for (e of entries(); track e[0]) {
          <tr>
            <th>{{ e[0] }}</th>
            <td>{{ e[1] }}</td>
            <td>
              <button type="button" (click)="remove(e[0])">Delete {{ e[0] }}</button>
            </td>
          </tr>
        }
      </tbody>
    </table>
    <form (submit)="$event.preventDefault(); save(key.value, value.value)">
      <input #key aria-label="Key" value="Note" />
      <input #value aria-label="Value" value="" />
      <button type="submit">Set</button>
    </form>
    @if (error(); as e) {
      <p class="error" data-testid="data-error">{{ e }}</p>
    }
  `,
})
export class AttachedDataEditorComponent {
  private readonly service = inject(InteractionsService);
  readonly id = input.required<string>();
  readonly userData = input.required<KeyValues>();
  protected readonly entries = computed(() =>
    Object.entries(this.userData()).map(([k, v]) => [k, String(v)] as const),
  );
  protected readonly error = signal('');

  protected save(key: string, value: string): Promise<void> {
    return this.attempt(() => this.service.setUserData(this.id(), { [key]: value }));
  }

  protected remove(key: string): Promise<void> {
    return this.attempt(() => this.service.deleteUserData(this.id(), key));
  }

  private async attempt(request: () => Promise<void>): Promise<void> {
    this.error.set('');
    try {
      await request();
    } catch (e) {
      this.error.set(errorText(e));
    }
  }
}
