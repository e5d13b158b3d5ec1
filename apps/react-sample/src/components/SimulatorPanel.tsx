import { useState, useSyncExternalStore } from 'react';
import type { SimulatedWorkspace } from '@wwe-kit/simulator';

let caller = 0;

/**
 * Standalone mode only: stands in for the Workspace desktop around the panel. Rings an inbound
 * call and shows Workspace's toasts with their buttons.
 */
export function SimulatorPanel({ workspace }: { workspace: SimulatedWorkspace }) {
  const desktop = useSyncExternalStore(workspace.subscribe, workspace.getSnapshot);
  const [ani, setAni] = useState('+1 555 0142');
  return (
    <section aria-label="Simulated Workspace">
      <h2>Simulated Workspace</h2>
      <input aria-label="Caller" value={ani} onChange={(e) => setAni(e.target.value)} />
      <button
        onClick={() =>
          workspace.simulateInboundCall({
            ani,
            dnis: '8000',
            userData: {
              Segment: caller++ % 2 ? 'silver' : 'gold',
              AccountId: `AC-${1000 + caller}`,
              InternalScore: '97',
            },
          })
        }
      >
        Simulate inbound call
      </button>
      {desktop.toasts.map((t) => (
        <div key={t.id} role="status" aria-label={`Toast ${t.id}`}>
          <strong>{t.params.title}</strong> {t.params.message}{' '}
          {(t.params.buttons ?? []).map((label, index) => (
            <button key={label} onClick={() => workspace.clickToastButton(t.id, index)}>
              {label}
            </button>
          ))}
        </div>
      ))}
    </section>
  );
}
