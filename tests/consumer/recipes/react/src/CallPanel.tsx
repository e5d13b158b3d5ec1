import { useState } from 'react';
import { useInteractions, useWorkspaceAction, useWorkspaceClient } from '@wwe-kit/react';

/** The agent's interactions, and a number to dial. */
export function CallPanel() {
  const client = useWorkspaceClient();
  const { interactions } = useInteractions();
  const [number, setNumber] = useState('');
  const dial = useWorkspaceAction((destination: string) => client.voice.dial(destination));
  return (
    <section>
      <ul aria-label="Interactions">
        {interactions.map((i) => (
          <li key={i.interactionId}>
            {i.ani ?? i.dnis}: {i.state}
          </li>
        ))}
      </ul>
      <label>
        Number <input value={number} onChange={(e) => setNumber(e.target.value)} />
      </label>
      <button disabled={dial.pending} onClick={() => dial.run(number)}>
        Dial
      </button>
    </section>
  );
}
