// React's own floor for the rendering benchmark: the least any React binding does, written by hand
// without @wwe-kit/react: the client from a context, and useSyncExternalStore on the interaction's
// store. The difference between this row and @wwe-kit/react's is what the adapter costs; the
// difference between this row and the no-framework one is React's (import after installDom()).
import { createContext, createElement as h, memo, useContext, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { workspaceStores } from '@wwe-kit/core';
import { describe } from './row.mjs';

export const name = 'React 19, no adapter: useSyncExternalStore';

const Client = createContext(null);

/** The same tree as react.mjs's `mountRows`, with hand-written hooks instead of the adapter's. */
export function mountRows(client, ids, rendered) {
  const Row = memo(function Row({ id, index }) {
    const store = workspaceStores(useContext(Client)).interaction(id);
    const { interaction } = useSyncExternalStore(store.subscribe, store.get, store.get);
    rendered(index);
    return h('li', null, describe(interaction));
  });
  const List = () =>
    h(
      'ul',
      null,
      ids.map((id, index) => h(Row, { key: id, id, index })),
    );
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  flushSync(() => root.render(h(Client.Provider, { value: client }, h(List))));
  return {
    container,
    flush: () => flushSync(),
    unmount() {
      root.unmount();
      container.remove();
    },
  };
}
