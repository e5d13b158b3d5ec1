import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { AgentStateService } from '@wwe-kit/angular';
import { errorText } from './error-text';

/** The agent's state, and the states (with their not-ready reasons) the agent may choose. */
@Component({
  selector: 'app-agent-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section>
      <h2>Agent {{ agent.agent()?.username ?? '' }}</h2>
      @if (agent.status() !== 'ready') {
        <p>{{ agent.status() }}…</p>
      } @else {
        <select
          aria-label="Agent state"
          [disabled]="pending()"
          [value]="agent.state()?.operationName ?? ''"
          (change)="choose($any($event.target).value)"
        >
          @for (s of agent.stateList(); track s.operationName) {
            <option [value]="s.operationName">
              {{ s.displayName ?? s.operationName }}{{ s.reason ? ' (' + s.reason + ')' : '' }}
            </option>
          }
        </select>
      }
      @if (agent.snapshot().error; as e) {
        <p class="error">{{ text(e) }}</p>
      }
      @if (error(); as e) {
        <p class="error">{{ e }}</p>
      }
    </section>
  `,
})
export class AgentState {
  protected readonly agent = inject(AgentStateService);
  protected readonly pending = signal(false);
  protected readonly error = signal('');
  protected readonly text = errorText;

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
