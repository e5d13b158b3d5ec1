// @vitest-environment node
/**
 * Server rendering: `renderToString` of an app using every composable leaves nothing behind on
 * the client (no subscription, no event handler) and no module-global active client.
 */
import { createTestWorkspace } from '@wwe-kit/simulator';
import { afterEach, expect, test } from 'vitest';
import { createSSRApp, defineComponent, h, ref } from 'vue';
import { renderToString } from 'vue/server-renderer';
import {
  createWorkspacePlugin,
  getActiveWorkspaceClient,
  provideWorkspaceClient,
  useAgent,
  useAgentState,
  useCan,
  useConnection,
  useInteraction,
  useInteractions,
  useMediaList,
  useSelectedCase,
  useWorkspaceAction,
  useWorkspaceEvent,
  useWorkspaceStore,
  useLiveStores,
} from '../src/index';

const open: { dispose(): void }[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.dispose();
});

const Everything = defineComponent({
  setup() {
    const agent = useAgent();
    const state = useAgentState((s) => s.status);
    const list = useInteractions();
    const id = ref('1');
    const one = useInteraction(() => id.value);
    const fixed = useInteraction('2', (s) => s.status);
    const selected = useSelectedCase();
    const media = useMediaList();
    const connection = useConnection();
    const can = useCan('voice.dial');
    const stores = useLiveStores();
    const name = useWorkspaceStore(stores.agent, (s) => s.status);
    useWorkspaceEvent('interaction', () => {});
    const hold = useWorkspaceAction(async () => 1);
    return () =>
      h('p', [
        agent.value.status,
        state.value,
        list.value.status,
        one.value.status,
        fixed.value,
        String(selected.value.caseId),
        media.value.status,
        connection.value.status,
        String(can.value),
        name.value,
        hold.status.value,
      ]);
  },
});

test('a server render subscribes nothing, registers no handler and sets no global client', async () => {
  const t = createTestWorkspace();
  open.push(t);
  const app = createSSRApp(Everything).use(createWorkspacePlugin(t.client));
  const html = await renderToString(app);
  expect(html).toContain('<p>loading');
  expect(t.client.stats()).toMatchObject({ subscriptions: 0, handlers: 0 });
  expect(getActiveWorkspaceClient()).toBeUndefined();

  // The same with the client provided by a component (and a second request of the server).
  const Parent = defineComponent({
    setup() {
      provideWorkspaceClient(t.client);
      return () => h(Everything);
    },
  });
  await renderToString(createSSRApp(Parent));
  expect(t.client.stats()).toMatchObject({ subscriptions: 0, handlers: 0 });
  expect(getActiveWorkspaceClient()).toBeUndefined();
});
