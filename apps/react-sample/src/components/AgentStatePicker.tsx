import { useAgent, useWorkspaceAction, useWorkspaceClient } from '@wwe-kit/react';
import { ErrorText } from './ErrorText';

/** The agent's state, and a picker of every state Workspace offers (not-ready reasons included). */
export function AgentStatePicker() {
  const client = useWorkspaceClient();
  const { status, agent, state, stateList, error } = useAgent();
  const setState = useWorkspaceAction((operation: string) => client.agent.setState(operation));
  if (status === 'loading') return <section aria-label="Agent">Connecting to Workspace…</section>;
  return (
    <section aria-label="Agent">
      <h2>Agent {agent?.username ?? ''}</h2>
      <p>
        State: <strong data-testid="agent-state">{state?.displayName ?? state?.state}</strong>
        {state?.reason ? ` (reason: ${state.reason})` : ''}
      </p>
      <label>
        Change state{' '}
        <select
          aria-label="Agent state"
          value={state?.operationName ?? ''}
          disabled={setState.pending}
          onChange={(e) => setState.run(e.target.value)}
        >
          {stateList.map((s) => (
            <option key={s.operationName} value={s.operationName}>
              {s.displayName ?? s.operationName}
              {s.reasonCode ? ` [${s.reasonCode}]` : ''}
            </option>
          ))}
        </select>
      </label>
      <ErrorText error={error ?? setState.error} />
    </section>
  );
}
