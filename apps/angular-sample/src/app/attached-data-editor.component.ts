import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { WORKSPACE_CLIENT, injectWorkspaceAction, type KeyValues } from '@wwe-kit/angular';
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
              <button type="button" (click)="remove.run(e[0])">Delete {{ e[0] }}</button>
            </td>
          </tr>
        }
      </tbody>
    </table>
    <form (submit)="$event.preventDefault(); save.run(key.value, value.value)">
      <input #key aria-label="Key" value="Note" />
      <input #value aria-label="Value" value="" />
      <button type="submit">Set</button>
    </form>
    @if (save.error() ?? remove.error(); as e) {
      <p class="error" data-testid="data-error">{{ text(e) }}</p>
    }
  `,
})
export class AttachedDataEditorComponent {
  private readonly client = inject(WORKSPACE_CLIENT);
  readonly id = input.required<string>();
  readonly userData = input.required<KeyValues>();
  protected readonly entries = computed(() =>
    Object.entries(this.userData()).map(([k, v]) => [k, String(v)] as const),
  );
  protected readonly save = injectWorkspaceAction((key: string, value: string) =>
    this.client.interaction.setUserData(this.id(), { [key]: value }),
  );
  protected readonly remove = injectWorkspaceAction((key: string) =>
    this.client.interaction.deleteUserData(this.id(), key),
  );
  protected readonly text = errorText;
}
