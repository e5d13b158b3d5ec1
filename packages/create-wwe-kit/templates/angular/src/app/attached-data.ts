import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { InteractionsService, WORKSPACE_CLIENT, injectWorkspaceAction } from '@wwe-kit/angular';
import { errorText } from './error-text';
import { Selection } from './selection';

/**
 * The selected interaction's attached data (the keys Workspace lets the app read), and a form to
 * set one (a key Workspace does not let the app write fails with a typed error).
 */
@Component({
  selector: 'app-attached-data',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (interaction()) {
      <section>
        <h2>Attached data</h2>
        <table>
          <tbody>
            @for (e of entries(); track e[0]) {
              <tr>
                <th scope="row">{{ e[0] }}</th>
                <td>{{ e[1] }}</td>
              </tr>
            }
          </tbody>
        </table>
        <form
          aria-label="Set attached data"
          (submit)="$event.preventDefault(); save(key.value.trim(), value.value)"
        >
          <input #key aria-label="Key" value="Note" />
          <input #value aria-label="Value" />
          <button type="submit" [disabled]="setUserData.pending()">Save</button>
        </form>
        @if (setUserData.error(); as e) {
          <p class="error">{{ text(e) }}</p>
        }
      </section>
    }
  `,
})
export class AttachedData {
  private readonly service = inject(InteractionsService);
  private readonly client = inject(WORKSPACE_CLIENT);
  private readonly selectedId = inject(Selection).interactionId;
  protected readonly interaction = computed(() =>
    this.service.interactions().find((i) => i.interactionId === this.selectedId()),
  );
  protected readonly entries = computed(() =>
    Object.entries(this.interaction()?.userData ?? {}).map(([k, v]) => [k, String(v)] as const),
  );
  protected readonly setUserData = injectWorkspaceAction((id: string, key: string, value: string) =>
    this.client.interaction.setUserData(id, { [key]: value }),
  );
  protected readonly text = errorText;

  protected save(key: string, value: string): void {
    const id = this.selectedId();
    if (key && id) void this.setUserData.run(id, key, value);
  }
}
