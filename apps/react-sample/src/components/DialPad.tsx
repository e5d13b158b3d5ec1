import { useState } from 'react';
import { useWorkspaceAction, useWorkspaceClient } from '@wwe-kit/react';
import { ErrorText } from './ErrorText';

/**
 * Click-to-dial: a number and a Call button (`voice.dial`), attaching a note to the call (a key
 * in `service-client-api.user-data.write-allowed`: Workspace refuses a dial with any other key).
 */
export function DialPad() {
  const client = useWorkspaceClient();
  const [number, setNumber] = useState('+1 555 0100');
  const dial = useWorkspaceAction((n: string) =>
    client.voice.dial(n, { Notes: 'Dialed from react-sample' }),
  );
  return (
    <section aria-label="Dial">
      <h2>Click to dial</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void dial.run(number);
        }}
      >
        <input aria-label="Number" value={number} onChange={(e) => setNumber(e.target.value)} />
        <button type="submit" disabled={dial.pending || !number}>
          Call
        </button>
      </form>
      <ErrorText error={dial.error} />
    </section>
  );
}
