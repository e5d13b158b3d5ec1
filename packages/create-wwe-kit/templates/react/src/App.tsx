import { useState } from 'react';
import { useWorkspaceEvent } from '@wwe-kit/react';
import { AgentState } from './components/AgentState.tsx';
import { ConnectionStatus } from './components/ConnectionStatus.tsx';
import { DialPad } from './components/DialPad.tsx';
import { InteractionList } from './components/InteractionList.tsx';
import { UserDataEditor } from './components/UserDataEditor.tsx';

/** The agent's panel: state, interactions, the selected one's attached data, click-to-dial. */
export function App({ standalone = false }: { standalone?: boolean }) {
  const [selectedId, setSelectedId] = useState<string>();
  // Follow Workspace: a new interaction becomes the selected one.
  useWorkspaceEvent('interaction', (e) => {
    if (e.eventType === 'ADDED') setSelectedId(e.interaction.interactionId);
  });
  return (
    <>
      <header>
        <h1>__APP_NAME__</h1>
        {standalone && (
          <p className="hint">
            Standalone, with an in-page simulated Workspace. <code>npm run dev</code> shows this app
            inside the simulated Workspace instead.
          </p>
        )}
        <ConnectionStatus />
      </header>
      <main>
        <AgentState />
        <InteractionList selectedId={selectedId} onSelect={setSelectedId} />
        <UserDataEditor id={selectedId} />
        <DialPad />
      </main>
    </>
  );
}
