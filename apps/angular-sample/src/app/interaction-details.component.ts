import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { WORKSPACE_CLIENT, injectInteraction, injectWorkspaceAction } from '@wwe-kit/angular';
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
  readonly id = input.required<string>();
  // Following a changing id: injectInteraction takes the input signal itself.
  protected readonly interaction = injectInteraction(this.id, (s) => s.interaction);
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
