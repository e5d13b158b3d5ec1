import { useState } from 'react';
import type { SimulatedWorkspace } from '@wwe-kit/simulator';
import { AgentStatePicker } from './components/AgentStatePicker';
import { CaseSelection } from './components/CaseSelection';
import { ConnectionStatus } from './components/ConnectionStatus';
import { DialPad } from './components/DialPad';
import { EventLog } from './components/EventLog';
import { InteractionDetails } from './components/InteractionDetails';
import { InteractionList } from './components/InteractionList';
import { SimulatorPanel } from './components/SimulatorPanel';
import { ToastDemo } from './components/ToastDemo';
import { useEventLog } from './use-event-log';
import { useWorkspaceEvent } from '@wwe-kit/react';

/**
 * The integration panel. `workspace` is the in-page simulator (standalone, development only).
 */
export function App({ workspace }: { workspace?: SimulatedWorkspace | undefined }) {
  const [selectedId, setSelectedId] = useState<string>();
  const { entries } = useEventLog();
  // Follow Workspace: a new interaction becomes the selected one.
  useWorkspaceEvent('interaction', (e) => {
    if (e.eventType === 'ADDED') setSelectedId(e.interaction.interactionId);
  });
  return (
    <>
      <h1>Contact center panel {workspace ? '(standalone, simulated Workspace)' : ''}</h1>
      <ConnectionStatus />
      <main>
        {workspace && <SimulatorPanel workspace={workspace} />}
        <AgentStatePicker />
        <InteractionList selectedId={selectedId} onSelect={setSelectedId} />
        <InteractionDetails id={selectedId} />
        <DialPad />
        <ToastDemo />
        <CaseSelection />
        <EventLog entries={entries} />
      </main>
    </>
  );
}
