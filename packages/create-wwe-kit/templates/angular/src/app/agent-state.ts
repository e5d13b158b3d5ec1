import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AgentStateService, WORKSPACE_CLIENT, injectWorkspaceAction } from '@wwe-kit/angular';
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
          [disabled]="setState.pending()"
          [value]="agent.state()?.operationName ?? ''"
          (change)="setState.run($any($event.target).value)"
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
      @if (setState.error(); as e) {
        <p class="error">{{ text(e) }}</p>
      }
    </section>
  `,
})
export class AgentState {
  protected readonly agent = inject(AgentStateService);
  private readonly client = inject(WORKSPACE_CLIENT);
  /** `pending`, `error`… as signals; `run` never rejects (a failure is in `error`). */
  protected readonly setState = injectWorkspaceAction((operationName: string) =>
    this.client.agent.setState(operationName),
  );
  protected readonly text = errorText;
}
