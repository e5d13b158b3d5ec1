import { useEffect, useState, type FormEvent } from 'react';
import { useCan, useInteraction, useWorkspaceAction, useWorkspaceClient } from '@wwe-kit/react';
import { ErrorText } from './ErrorText.tsx';

/**
 * The selected interaction's attached data (user data). Workspace sends only the keys of
 * `service-client-api.user-data.read-allowed` and accepts writes only to those of
 * `user-data.write-allowed` (workspace.ini): another key fails with a `WorkspaceError`, shown.
 */
export function UserDataEditor({ id }: { id: string | undefined }) {
  const client = useWorkspaceClient();
  const { interaction } = useInteraction(id);
  const canWrite = useCan('interaction.setUserData');
  const [key, setKey] = useState('Note');
  const [value, setValue] = useState('');
  const save = useWorkspaceAction((interactionId: string, k: string, v: string) =>
    client.interaction.setUserData(interactionId, { [k]: v }),
  );
  // An error is about the interaction it was made on: another one starts without it.
  const { reset } = save;
  useEffect(() => reset(), [id, reset]);
  if (!interaction)
    return (
      <section aria-label="Attached data">
        <h2>Attached data</h2>
        <p className="empty">Select an interaction.</p>
      </section>
    );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (key) void save.run(interaction.interactionId, key, value);
  };
  return (
    <section aria-label="Attached data">
      <h2>
        Attached data of {interaction.media} {interaction.ani ?? interaction.dnis ?? ''}
      </h2>
      <table>
        <tbody>
          {Object.entries(interaction.userData ?? {}).map(([k, v]) => (
            <tr key={k}>
              <th scope="row">{k}</th>
              <td>{String(v)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form onSubmit={submit}>
        <input aria-label="Key" value={key} onChange={(e) => setKey(e.target.value)} />
        <input aria-label="Value" value={value} onChange={(e) => setValue(e.target.value)} />
        <button type="submit" disabled={save.pending || !key || canWrite === false}>
          Save
        </button>
      </form>
      <ErrorText error={save.error} />
    </section>
  );
}
