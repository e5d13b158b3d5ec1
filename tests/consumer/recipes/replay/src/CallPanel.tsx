import { useInteractions, useWorkspaceAction, useWorkspaceClient } from '@wwe-kit/react';

/**
 * The agent's calls: answer a ringing one, set its disposition while talking, mark it done once
 * the customer hung up. (`dispositionKey`: the user-data key the disposition is written to.)
 */
export function CallPanel({ dispositionKey = 'Disposition' }: { dispositionKey?: string }) {
  const client = useWorkspaceClient();
  const { interactions } = useInteractions();
  const action = useWorkspaceAction((run: () => Promise<unknown>) => run());
  return (
    <ul aria-label="Calls">
      {interactions.map(({ interactionId: id, ani, state }) => (
        <li key={id}>
          {ani}: {state}{' '}
          {state === 'RINGING' && (
            <button onClick={() => action.run(() => client.voice.answer(id))}>Answer</button>
          )}
          {state === 'TALKING' && (
            <button
              onClick={() =>
                action.run(() => client.interaction.setUserData(id, { [dispositionKey]: 'Sale' }))
              }
            >
              Sale
            </button>
          )}
          {state === 'RELEASED' && (
            <button onClick={() => action.run(() => client.interaction.markdone(id))}>
              Mark done
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
