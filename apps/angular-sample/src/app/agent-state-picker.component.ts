import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { AgentStateService } from '@wwe-kit/angular';
import { errorText } from './error-text';

/** The agent's state, and a picker of the states (with not-ready reasons) they may choose. */
@Component({
  selector: 'app-agent-state-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section>
      <h2>Agent</h2>
      <p>
        {{ agent.agent()?.username ?? '' }} —
        <strong data-testid="agent-state">{{ label() }}</strong>
      </p>
      <select
        aria-label="Agent state"
        [disabled]="agent.status() !== 'ready' || pending()"
        [value]="agent.state()?.operationName ?? ''"
        (change)="choose($any($event.target).value)"
      >
        @for (s of agent.stateList(); track s.operationName) {
          <option [value]="s.operationName">
            {{ s.displayName ?? s.operationName }}{{ s.reason ? ' — reason: ' + s.reason : '' }}
          </option>
        }
      </select>
      @if (agent.snapshot().error; as e) {
        <p class="error">{{ text(e) }}</p>
      }
      @if (error(); as e) {
        <p class="error">{{ e }}</p>
      }
    </section>
  `,
})
export class AgentStatePickerComponent {
  protected readonly agent = inject(AgentStateService);
  protected readonly pending = signal(false);
  protected readonly error = signal('');
  protected readonly text = errorText;
  protected readonly label = computed(() => {
    const s = this.agent.state();
    return s
      ? `${s.displayName ?? s.operationName}${s.reason ? ` (${s.reason})` : ''}`
      : 'loading…';
  });

  protected async choose(operationName: string): Promise<void> {
    this.pending.set(true);
    this.error.set('');
    try {
      await this.agent.setState(operationName);
    } catch (e) {
      this.error.set(errorText(e));
    } finally {
      this.pending.set(false);
    }
  }
}
