// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createTestWorkspace } from '@wwe-kit/simulator';
import {
  WorkspaceProvider,
  useAgentState,
  useInteractions,
  useMediaList,
  useSelectedCase,
  useWorkspaceEvent,
} from '../src/index';

function Panel() {
  const status = useAgentState((s) => s.status);
  const { interactions } = useInteractions();
  const { media } = useMediaList();
  const { caseId } = useSelectedCase();
  useWorkspaceEvent('system', () => {});
  return <p>{`${status}|${interactions.length}|${media.length}|${caseId ?? 'no-case'}`}</p>;
}

describe('server rendering', () => {
  it('renders the loading snapshot and subscribes to nothing', () => {
    const t = createTestWorkspace();
    t.workspace.simulateInboundCall();
    const html = renderToString(
      <WorkspaceProvider client={t.client}>
        <Panel />
      </WorkspaceProvider>,
    );
    expect(html).toBe('<p>loading|0|0|no-case</p>');
    expect(t.client.stats()).toMatchObject({ subscriptions: 0, handlers: 0, pending: 0 });
    t.dispose();
  });
});
