import { useAgent, useCan, useWorkspaceAction, useWorkspaceClient } from '@wwe-kit/react';
import { ErrorText } from './ErrorText.tsx';

/** The agent, their state, and every state Workspace offers (not-ready reasons included). */
export function AgentState() {
  const client = useWorkspaceClient();
  const { status, agent, state, stateList, error } = useAgent();
  const canSetState = useCan('agent.setState');
  const setState = useWorkspaceAction((operation: string) => client.agent.setState(operation));
  return (
    <section aria-label="Agent">
      <h2>Agent {agent?.firstname ?? agent?.username ?? ''}</h2>
      {status === 'loading' ? (
        <p className="empty">Connecting to Workspace…</p>
      ) : (
        <label>
          State{' '}
          <select
            aria-label="Agent state"
            value={state?.operationName ?? ''}
            disabled={setState.pending || canSetState === false}
            onChange={(e) => void setState.run(e.target.value)}
          >
            {stateList.map((s) => (
              <option key={s.operationName} value={s.operationName}>
                {s.displayName ?? s.operationName}
              </option>
            ))}
          </select>
        </label>
      )}
      <ErrorText error={error ?? setState.error} />
    </section>
  );
}
