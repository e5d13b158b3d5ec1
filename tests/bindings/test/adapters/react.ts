// The React adapter of the bindings contract: plain createElement, no JSX.
import { createElement as h, type ReactNode } from 'react';
import {
  WorkspaceProvider,
  useInteraction,
  useInteractions,
  useSelectedCase,
  useWorkspaceAction,
  type WorkspaceClient,
} from '@wwe-kit/react';
import type { BindingAdapter, Mounted } from '../contract';

let renders = 0;

function View({ id, client }: { id: string; client?: WorkspaceClient }) {
  renders++;
  const count = useInteractions((s) => s.interactions.length, client);
  const state = useInteraction(id, (s) => s.interaction?.state ?? '', client);
  const caseId = useSelectedCase(client).caseId ?? '';
  return h('p', null, `${count}/${state}/${caseId}`);
}

function Ids() {
  renders++;
  const ids = useInteractions((s) => s.interactions.map((i) => i.interactionId));
  return h('p', null, ids.join(','));
}

async function mount(tree: ReactNode): Promise<Mounted> {
  const { createRoot } = await import('react-dom/client');
  const { flushSync } = await import('react-dom');
  renders = 0;
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  flushSync(() => root.render(tree));
  return {
    text: () => container.textContent ?? '',
    renders: () => renders,
    flush: async () => {
      await Promise.resolve();
      flushSync(() => {});
    },
    unmount() {
      root.unmount();
      container.remove();
    },
  };
}

export const react: BindingAdapter = {
  name: 'React',
  mountView: (client, id, explicit) =>
    mount(explicit ? h(View, { id, client }) : h(WorkspaceProvider, { client }, h(View, { id }))),
  mountIds: (client) => mount(h(WorkspaceProvider, { client }, h(Ids))),
  async mountAction(_client, fn) {
    let run = () => {};
    function Action() {
      const action = useWorkspaceAction(fn);
      run = () => void action.run();
      return h('p', null, `${action.status}:${action.data ?? ''}`);
    }
    const m = await mount(h(Action));
    return { ...m, run: () => run() };
  },
  async serverRender(client, id) {
    const { renderToString } = await import('react-dom/server');
    return renderToString(h(WorkspaceProvider, { client }, h(View, { id })));
  },
};
