// The Vue adapter of the bindings contract: render functions, no SFC.
import { createApp, createSSRApp, defineComponent, h, nextTick, type Component } from 'vue';
import {
  createWorkspacePlugin,
  getActiveWorkspaceClient,
  useInteraction,
  useInteractions,
  useSelectedCase,
  useWorkspaceAction,
  type WorkspaceClient,
} from '@wwe-kit/vue';
import type { BindingAdapter, Mounted } from '../contract';

let renders = 0;

const View = defineComponent({
  props: { id: { type: String, required: true }, client: { type: Object, required: false } },
  setup(props) {
    const client = props.client as WorkspaceClient | undefined;
    const count = useInteractions((s) => s.interactions.length, client);
    const state = useInteraction(
      () => props.id,
      (s) => s.interaction?.state ?? '',
      client,
    );
    const selected = useSelectedCase(client);
    return () => {
      renders++;
      return h('p', `${count.value}/${state.value}/${selected.value.caseId ?? ''}`);
    };
  },
});

const Ids = defineComponent({
  setup() {
    const ids = useInteractions((s) => s.interactions.map((i) => i.interactionId));
    return () => {
      renders++;
      return h('p', ids.value.join(','));
    };
  },
});

function mount(root: Component, props: Record<string, unknown>, client?: WorkspaceClient): Mounted {
  renders = 0;
  const container = document.createElement('div');
  document.body.append(container);
  const app = createApp(root, props);
  if (client) app.use(createWorkspacePlugin(client));
  app.mount(container);
  return {
    text: () => container.textContent ?? '',
    renders: () => renders,
    flush: () => nextTick(),
    unmount() {
      app.unmount();
      container.remove();
    },
  };
}

export const vue: BindingAdapter = {
  name: 'Vue',
  mountView: async (client, id, explicit) =>
    explicit ? mount(View, { id, client }) : mount(View, { id }, client),
  mountIds: async (client) => mount(Ids, {}, client),
  async mountAction(_client, fn) {
    let run = () => {};
    const Action = defineComponent({
      setup() {
        const action = useWorkspaceAction(fn);
        run = () => void action.run();
        return () => h('p', `${action.status.value}:${action.data.value ?? ''}`);
      },
    });
    return { ...mount(Action, {}), run: () => run() };
  },
  async serverRender(client, id) {
    const { renderToString } = await import('vue/server-renderer');
    return renderToString(createSSRApp(View, { id }).use(createWorkspacePlugin(client)));
  },
  globalClient: () => getActiveWorkspaceClient(),
};
