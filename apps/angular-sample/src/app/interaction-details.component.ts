import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { InteractionsService } from '@wwe-kit/angular';
import { switchMap } from 'rxjs';
import { AttachedDataEditorComponent } from './attached-data-editor.component';
import { errorText } from './error-text';

type Action =
  | 'answer'
  | 'hold'
  | 'resume'
  | 'hangUp'
  | 'markDone'
  | 'startRecording'
  | 'stopRecording'
  | 'pauseRecording'
  | 'resumeRecording';

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
              <button type="button" [disabled]="pending()" (click)="run(c[0])">{{ c[1] }}</button>
            }
          </div>
          <div>
            @for (c of recordingControls; track c[0]) {
              <button type="button" [disabled]="pending()" (click)="run(c[0])">{{ c[1] }}</button>
            }
          </div>
        }
        @if (error(); as e) {
          <p class="error">{{ e }}</p>
        }
        <app-attached-data-editor [id]="i.interactionId" [userData]="i.userData ?? {}" />
      </section>
    } @else {
      <p>Interaction {{ id() }} is gone.</p>
    }
  `,
})
export class InteractionDetailsComponent {
  private readonly service = inject(InteractionsService);
  readonly id = input.required<string>();
  private readonly snapshot = toSignal(
    toObservable(this.id).pipe(switchMap((id) => this.service.interaction$(id))),
  );
  protected readonly interaction = computed(() => this.snapshot()?.interaction);
  protected readonly pending = signal(false);
  protected readonly error = signal('');
  protected readonly callControls: [Action, string][] = [
    ['answer', 'Answer'],
    ['hold', 'Hold'],
    ['resume', 'Resume'],
    ['hangUp', 'Hang up'],
    ['markDone', 'Mark done'],
  ];
  protected readonly recordingControls: [Action, string][] = [
    ['startRecording', 'Start recording'],
    ['stopRecording', 'Stop recording'],
    ['pauseRecording', 'Pause recording'],
    ['resumeRecording', 'Resume recording'],
  ];

  protected async run(action: Action): Promise<void> {
    this.pending.set(true);
    this.error.set('');
    try {
      await this.service[action](this.id());
    } catch (e) {
      this.error.set(errorText(e));
    } finally {
      this.pending.set(false);
    }
  }
}
