import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { InteractionsService } from '@wwe-kit/angular';
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
          <button type="submit" [disabled]="pending()">Save</button>
        </form>
        @if (error(); as e) {
          <p class="error">{{ e }}</p>
        }
      </section>
    }
  `,
})
export class AttachedData {
  private readonly service = inject(InteractionsService);
  private readonly selectedId = inject(Selection).interactionId;
  protected readonly interaction = computed(() =>
    this.service.interactions().find((i) => i.interactionId === this.selectedId()),
  );
  protected readonly entries = computed(() =>
    Object.entries(this.interaction()?.userData ?? {}).map(([k, v]) => [k, String(v)] as const),
  );
  protected readonly pending = signal(false);
  protected readonly error = signal('');

  protected async save(key: string, value: string): Promise<void> {
    const id = this.selectedId();
    if (!key || !id) return;
    this.pending.set(true);
    this.error.set('');
    try {
      await this.service.setUserData(id, { [key]: value });
    } catch (e) {
      this.error.set(errorText(e));
    } finally {
      this.pending.set(false);
    }
  }
}
