import { useState } from 'react';
import type { SimulatedWorkspace, WorkspaceConnection } from '@wwe-kit/simulator';
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
 * The integration panel. `workspace` is the in-page simulator in standalone mode; `embedded` is
 * the connection to the real Workspace when embedded.
 */
export function App({
  workspace,
  embedded,
}: {
  workspace?: SimulatedWorkspace | undefined;
  embedded?: Extract<WorkspaceConnection, { mode: 'embedded' }> | undefined;
}) {
  const [selectedId, setSelectedId] = useState<string>();
  const { entries } = useEventLog();
  // Follow Workspace: a new interaction becomes the selected one.
  useWorkspaceEvent('interaction', (e) => {
    if (e.eventType === 'ADDED') setSelectedId(e.interaction.interactionId);
  });
  return (
    <>
      <h1>Contact center panel {workspace ? '(standalone, simulated Workspace)' : ''}</h1>
      {embedded && <ConnectionStatus connection={embedded} />}
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
