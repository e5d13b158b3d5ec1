import { useInteraction } from '@wwe-kit/react';
import { CallControls } from './CallControls';
import { UserDataEditor } from './UserDataEditor';

/** The selected interaction: ANI/DNIS, state, recording state, parties, controls, attached data. */
export function InteractionDetails({ id }: { id: string | undefined }) {
  const { interaction } = useInteraction(id);
  if (!interaction)
    return (
      <section aria-label="Details">
        <h2>Details</h2>
        <p>Select an interaction.</p>
      </section>
    );
  return (
    <section aria-label="Details">
      <h2>
        {interaction.media} #{interaction.interactionId}
      </h2>
      <dl>
        <dt>ANI</dt>
        <dd data-testid="ani">{interaction.ani ?? '—'}</dd>
        <dt>DNIS</dt>
        <dd data-testid="dnis">{interaction.dnis ?? '—'}</dd>
        <dt>State</dt>
        <dd data-testid="interaction-state">{interaction.state}</dd>
        <dt>Recording</dt>
        <dd data-testid="recording-state">{interaction.recordingState ?? '—'}</dd>
        <dt>Case</dt>
        <dd>{interaction.caseId ?? '—'}</dd>
        <dt>Parties</dt>
        <dd>{interaction.parties?.map((p) => p.name).join(', ') || '—'}</dd>
      </dl>
      {interaction.media === 'voice' && <CallControls interaction={interaction} />}
      <UserDataEditor id={interaction.interactionId} userData={interaction.userData ?? {}} />
    </section>
  );
}
