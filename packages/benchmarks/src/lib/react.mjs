// The React trees of the rendering and memory benchmarks (import after installDom()).
import { createElement as h, memo, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import {
  WorkspaceProvider,
  useAgent,
  useAgentState,
  useInteraction,
  useInteractions,
  useMediaList,
  useSelectedCase,
  useWorkspaceStore,
  useWorkspaceAction,
  useWorkspaceClient,
  useWorkspaceEvent,
  useLiveStores,
} from '@wwe-kit/react';
import { describe } from './row.mjs';

export const name = 'React 19 (@wwe-kit/react)';

/**
 * Mounts one `Row` component per id (memoized, so only its own hook re-renders it); each render of
 * a row calls `rendered(index)`. `flush()` renders what the last event scheduled, synchronously.
 */
export function mountRows(client, ids, rendered) {
  const Row = memo(function Row({ id, index }) {
    const { interaction } = useInteraction(id);
    rendered(index);
    return h('li', null, describe(interaction));
  });
  return mountList(Row, ids, (list) => h(WorkspaceProvider, { client }, list));
}

/**
 * The list of the rendering benchmark: `Row` once per id inside `wrap(list)` (the provider of the
 * client), rendered synchronously; shared with react-floor.mjs so both rows measure one tree.
 */
export function mountList(Row, ids, wrap) {
  const List = () =>
    h(
      'ul',
      null,
      ids.map((id, index) => h(Row, { key: id, id, index })),
    );
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  flushSync(() => root.render(wrap(h(List))));
  return {
    container,
    flush: () => flushSync(),
    unmount() {
      root.unmount();
      container.remove();
    },
  };
}

const noop = () => {};
const reasonOf = (s) => s.state?.reason;
const countOf = (s) => s.interactions.length;
const stateOf = (s) => s.interaction?.state;
const statusOf = (s) => s.status;

/** A component using every hook of @wwe-kit/react; renders "agent/interaction/action" status. */
function Everything({ id }) {
  const client = useWorkspaceClient();
  const stores = useLiveStores();
  const agent = useAgent();
  useAgentState();
  useAgentState(reasonOf);
  useMediaList();
  useInteractions();
  useInteractions(countOf);
  useInteraction(id);
  const state = useInteraction(id, stateOf);
  useSelectedCase();
  useWorkspaceStore(stores.media, statusOf);
  useWorkspaceEvent('system', noop);
  useWorkspaceEvent('interaction', noop);
  const action = useWorkspaceAction(() => client.agent.getState());
  const { run } = action;
  useEffect(() => void run(), [run]);
  return h('p', null, `${agent.status}/${state}/${action.data ? 'done' : 'pending'}`);
}

/** Mounts `Everything` in a new root; `unmount()` unmounts the root. */
export function mountEverything(client, id) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  flushSync(() => root.render(h(WorkspaceProvider, { client }, h(Everything, { id }))));
  return {
    container,
    flush: () => flushSync(),
    unmount() {
      root.unmount();
      container.remove();
    },
  };
}
