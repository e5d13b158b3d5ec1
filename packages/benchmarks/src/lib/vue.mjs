// The Vue trees of the rendering and memory benchmarks (import after installDom()).
import { createApp, defineComponent, h, nextTick } from 'vue';
import {
  createWorkspacePlugin,
  provideWorkspaceClient,
  useAgent,
  useAgentState,
  useInteraction,
  useInteractions,
  useMediaList,
  useSelectedCase,
  useWorkspaceAction,
  useWorkspaceClient,
  useWorkspaceEvent,
  useWorkspaceStore,
  useLiveStores,
} from '@wwe-kit/vue';
import { describe } from './row.mjs';

export const name = 'Vue 3.5 (@wwe-kit/vue)';

/** Mounts one `Row` component per id; each render of a row calls `rendered(index)`. */
export function mountRows(client, ids, rendered) {
  const Row = defineComponent({
    props: { id: { type: String, required: true }, index: { type: Number, required: true } },
    setup(props) {
      const snap = useInteraction(() => props.id);
      return () => {
        rendered(props.index);
        return h('li', describe(snap.value.interaction));
      };
    },
  });
  const List = defineComponent({
    setup: () => () =>
      h(
        'ul',
        ids.map((id, index) => h(Row, { key: id, id, index })),
      ),
  });
  const container = document.createElement('div');
  document.body.append(container);
  const app = createApp(List).use(createWorkspacePlugin(client));
  app.mount(container);
  return {
    container,
    flush: () => nextTick(),
    unmount() {
      app.unmount();
      container.remove();
    },
  };
}

const noop = () => {};

/** A component using every composable of @wwe-kit/vue. */
const Everything = defineComponent({
  props: { id: { type: String, required: true } },
  setup(props) {
    const client = useWorkspaceClient();
    const stores = useLiveStores();
    const agent = useAgent();
    useAgentState();
    useAgentState((s) => s.state?.reason);
    useMediaList();
    useInteractions();
    useInteractions((s) => s.interactions.length);
    const one = useInteraction(() => props.id);
    useInteraction(
      () => props.id,
      (s) => s.interaction?.state,
    );
    useSelectedCase();
    useWorkspaceStore(stores.media, (s) => s.status);
    useWorkspaceEvent('system', noop);
    useWorkspaceEvent('interaction', noop);
    const action = useWorkspaceAction(() => client.agent.getState());
    void action.run();
    return () =>
      h(
        'p',
        `${agent.value.status}/${one.value.interaction?.state}/${action.data.value ? 'done' : 'pending'}`,
      );
  },
});

/** Provides the client to its subtree (provideWorkspaceClient), as a parent component would. */
const Provider = defineComponent({
  props: { client: { type: Object, required: true }, id: { type: String, required: true } },
  setup(props) {
    provideWorkspaceClient(props.client);
    return () => h(Everything, { id: props.id });
  },
});

/** Mounts `Everything` in a new app with the plugin; `unmount()` unmounts the app. */
export function mountEverything(client, id) {
  const container = document.createElement('div');
  document.body.append(container);
  const app = createApp(Provider, { client, id }).use(createWorkspacePlugin(client));
  app.mount(container);
  return {
    container,
    flush: () => nextTick(),
    unmount() {
      app.unmount();
      container.remove();
    },
  };
}
