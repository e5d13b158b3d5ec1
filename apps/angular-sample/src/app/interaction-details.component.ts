import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { WORKSPACE_CLIENT, injectWorkspaceAction, workspaceStores } from '@wwe-kit/angular';
import { from, switchMap } from 'rxjs';
import { AttachedDataEditorComponent } from './attached-data-editor.component';
import { errorText } from './error-text';

type Action =
  | 'answer'
  | 'hold'
  | 'resume'
  | 'hangUp'
  | 'markDone'
  | 'startCallRecording'
  | 'stopCallRecording'
  | 'pauseCallRecording'
  | 'resumeCallRecording';

/** One interaction's details, call and recording controls, and attached-data editor. */
@Component({
  selector: 'app-interaction-details',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AttachedDataEditorComponent],
  template: `
    @if (interaction(); as i) {
      <section data-testid="details">
        <h2>Interaction {{ i.interactionId }}</h2>
        <dl>
          <dt>ANI</dt>
          <dd data-testid="ani">{{ i.ani ?? '—' }}</dd>
          <dt>DNIS</dt>
          <dd>{{ i.dnis ?? '—' }}</dd>
          <dt>State</dt>
          <dd data-testid="state">{{ i.state }}</dd>
          <dt>Recording</dt>
          <dd data-testid="recording">{{ i.recordingState ?? 'STOPPED' }}</dd>
          <dt>Case</dt>
          <dd>{{ i.caseId ?? '—' }}</dd>
        </dl>
        @if (i.media === 'voice') {
          <div>
            @for (c of callControls; track c[0]) {
              <button type="button" [disabled]="control.pending()" (click)="control.run(c[0])">
                {{ c[1] }}
              </button>
            }
          </div>
          <div>
            @for (c of recordingControls; track c[0]) {
              <button type="button" [disabled]="control.pending()" (click)="control.run(c[0])">
                {{ c[1] }}
              </button>
            }
          </div>
        }
        @if (control.error(); as e) {
          <p class="error">{{ text(e) }}</p>
        }
        <app-attached-data-editor [id]="i.interactionId" [userData]="i.userData ?? {}" />
      </section>
    } @else {
      <p>Interaction {{ id() }} is gone.</p>
    }
  `,
})
export class InteractionDetailsComponent {
  private readonly client = inject(WORKSPACE_CLIENT);
  private readonly stores = workspaceStores(this.client);
  readonly id = input.required<string>();
  // Following a changing id: every core store is an interop Observable (`from(store)`).
  private readonly snapshot = toSignal(
    toObservable(this.id).pipe(switchMap((id) => from(this.stores.interaction(id)))),
  );
  protected readonly interaction = computed(() => this.snapshot()?.interaction);
  protected readonly control = injectWorkspaceAction((action: Action) => {
    const id = this.id();
    return action === 'markDone'
      ? this.client.interaction.markdone(id)
      : this.client.voice[action](id);
  });
  protected readonly text = errorText;
  protected readonly callControls: [Action, string][] = [
    ['answer', 'Answer'],
    ['hold', 'Hold'],
    ['resume', 'Resume'],
    ['hangUp', 'Hang up'],
    ['markDone', 'Mark done'],
  ];
  protected readonly recordingControls: [Action, string][] = [
    ['startCallRecording', 'Start recording'],
    ['stopCallRecording', 'Stop recording'],
    ['pauseCallRecording', 'Pause recording'],
    ['resumeCallRecording', 'Resume recording'],
  ];
}
