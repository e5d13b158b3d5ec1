// React's own floor for the rendering benchmark: the least any React binding does, written by hand
// without @wwe-kit/react: the client from a context, and useSyncExternalStore on the interaction's
// store. The difference between this row and @wwe-kit/react's is what the adapter costs; the
// difference between this row and the no-framework one is React's (import after installDom()).
import { createContext, createElement as h, memo, useContext, useSyncExternalStore } from 'react';
import { workspaceStores } from '@wwe-kit/core';
import { mountList } from './react.mjs';
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
  return mountList(Row, ids, (list) => h(Client.Provider, { value: client }, list));
}
