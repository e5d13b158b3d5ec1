// The no-framework baseline of the rendering benchmark: one `<li>` per interaction, written by a
// subscriber of that interaction's store (`workspaceStores(client).interaction(id)`).
import { workspaceStores } from '@wwe-kit/core';
import { describe } from './row.mjs';

export const name = 'no framework: store.subscribe → textContent';

export function mountRows(client, ids, rendered) {
  const stores = workspaceStores(client);
  const container = document.createElement('div');
  const ul = document.createElement('ul');
  container.append(ul);
  document.body.append(container);
  const offs = ids.map((id, index) => {
    const li = document.createElement('li');
    ul.append(li);
    const store = stores.interaction(id);
    const render = (s) => {
      rendered(index);
      li.textContent = describe(s.interaction);
    };
    render(store.get());
    return store.subscribe(render);
  });
  return {
    container,
    flush: () => {},
    unmount() {
      offs.forEach((off) => off());
      container.remove();
    },
  };
}
