import { useInteractions } from '@wwe-kit/react';

/** The agent's live interactions; clicking one selects it. */
export function InteractionList({
  selectedId,
  onSelect,
}: {
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}) {
  const { status, interactions } = useInteractions();
  return (
    <section aria-label="Interactions">
      <h2>Interactions ({interactions.length})</h2>
      {status === 'ready' && interactions.length === 0 && (
        <p className="empty">No interaction: simulate a call in Workspace.</p>
      )}
      <ul>
        {interactions.map((i) => (
          <li key={i.interactionId} className={i.interactionId === selectedId ? 'selected' : ''}>
            <button onClick={() => onSelect(i.interactionId)}>
              {i.media} {i.ani ?? i.dnis ?? i.interactionId} {i.state}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
