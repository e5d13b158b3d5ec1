import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { AgentStateService, WORKSPACE_CLIENT, injectWorkspaceAction } from '@wwe-kit/angular';
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
        [disabled]="agent.status() !== 'ready' || setState.pending()"
        [value]="agent.state()?.operationName ?? ''"
        (change)="setState.run($any($event.target).value)"
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
      @if (setState.error(); as e) {
        <p class="error">{{ text(e) }}</p>
      }
    </section>
  `,
})
export class AgentStatePickerComponent {
  protected readonly agent = inject(AgentStateService);
  private readonly client = inject(WORKSPACE_CLIENT);
  protected readonly setState = injectWorkspaceAction((operationName: string) =>
    this.client.agent.setState(operationName),
  );
  protected readonly text = errorText;
  protected readonly label = computed(() => {
    const s = this.agent.state();
    return s
      ? `${s.displayName ?? s.operationName}${s.reason ? ` (${s.reason})` : ''}`
      : 'loading…';
  });
}
