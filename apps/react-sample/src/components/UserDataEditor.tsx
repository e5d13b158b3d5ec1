import { useState, type FormEvent } from 'react';
import { useWorkspaceAction, useWorkspaceClient, type KeyValues } from '@wwe-kit/react';
import { ErrorText } from './ErrorText';

/**
 * The interaction's attached data. Workspace sends only the keys this panel may read, so the
 * table shows exactly those; a write to a key outside `user-data.write-allowed` fails with a typed
 * `WorkspaceError`, shown with its code and message. The save's state is the core's action state
 * (`status`: idle, pending, success or error); editing another key resets it.
 */
export function UserDataEditor({ id, userData }: { id: string; userData: KeyValues }) {
  const client = useWorkspaceClient();
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const save = useWorkspaceAction((k: string, v: string) =>
    client.interaction.setUserData(id, { [k]: v }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (key) void save.run(key, value);
  };
  return (
    <div aria-label="Attached data" role="region">
      <h2>Attached data</h2>
      <table>
        <tbody>
          {Object.entries(userData).map(([k, v]) => (
            <tr key={k}>
              <th scope="row">{k}</th>
              <td data-testid={`userdata-${k}`}>{String(v)}</td>
              <td>
                <button
                  onClick={() => {
                    setKey(k);
                    setValue(String(v));
                    save.reset();
                  }}
                >
                  Edit
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form onSubmit={submit}>
        <input
          aria-label="Key"
          placeholder="Key"
          value={key}
          onChange={(e) => setKey(e.target.value)}
        />
        <input
          aria-label="Value"
          placeholder="Value"
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
        <button type="submit" disabled={save.pending || !key}>
          Save
        </button>
        {save.status === 'success' && <span data-testid="userdata-saved"> Saved</span>}
      </form>
      <ErrorText error={save.error} />
    </div>
  );
}
