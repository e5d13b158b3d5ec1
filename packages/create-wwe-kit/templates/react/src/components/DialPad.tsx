import { useState, type FormEvent } from 'react';
import { useCan, useWorkspaceAction, useWorkspaceClient } from '@wwe-kit/react';
import { ErrorText } from './ErrorText.tsx';

/** Click-to-dial: Workspace places the call (`voice.dial`) on the agent's phone. */
export function DialPad() {
  const client = useWorkspaceClient();
  const canDial = useCan('voice.dial');
  const [number, setNumber] = useState('');
  const dial = useWorkspaceAction((destination: string) => client.voice.dial(destination));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void dial.run(number.trim());
  };
  return (
    <section aria-label="Dial">
      <h2>Click to dial</h2>
      <form onSubmit={submit}>
        <input
          aria-label="Number"
          placeholder="+1 555 0100"
          value={number}
          onChange={(e) => setNumber(e.target.value)}
        />
        <button type="submit" disabled={dial.pending || !number.trim() || canDial === false}>
          Dial
        </button>
      </form>
      <ErrorText error={dial.error} />
    </section>
  );
}
