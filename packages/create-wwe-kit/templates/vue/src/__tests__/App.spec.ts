import { mount, type VueWrapper } from '@vue/test-utils';
import { createTestWorkspace, type TestWorkspace } from '@wwe-kit/simulator';
import { createWorkspacePlugin } from '@wwe-kit/vue';
import { afterEach, expect, test } from 'vitest';
// The Workspace options of `npm run dev`: the app must work under its own request filter.
import workspaceIni from '../../workspace.ini?raw';
import App from '../App.vue';

let t: TestWorkspace;
let wrapper: VueWrapper;

/** The app against a simulated Workspace (no browser, no server). */
async function start(options?: Parameters<typeof createTestWorkspace>[0]): Promise<void> {
  t = createTestWorkspace(options);
  wrapper = mount(App, { global: { plugins: [createWorkspacePlugin(t.client)] } });
  await t.settled(); // every message delivered, every store up to date, Vue re-rendered
}

afterEach(() => {
  wrapper.unmount(); // unmount first
  t.dispose(); // then the client and the simulated Workspace
});

test('a simulated inbound call appears in the interaction list', async () => {
  await start();
  t.workspace.simulateInboundCall({ ani: '5551234' });
  await t.settled();

  expect(wrapper.get('ul[aria-label="Interactions"]').text()).toContain('voice 5551234 RINGING');
});

test('Dial sends voice.dial to Workspace, which answers it', async () => {
  await start();
  await wrapper.get('input[type="tel"]').setValue('5001');
  await wrapper.get('form[aria-label="Click-to-dial"]').trigger('submit');
  await t.settled();

  expect(t.host.log()).toContainEqual(
    expect.objectContaining({ request: 'voice.dial', outcome: 'answered' }),
  );
  expect(t.workspace.getSnapshot().interactions).toMatchObject([
    { direction: 'OUT', dnis: '5001' },
  ]);
  expect(wrapper.get('ul[aria-label="Interactions"]').text()).toContain('voice 5001 TALKING');
});

test('the agent state select changes the state in Workspace', async () => {
  await start();
  await wrapper.get('select[aria-label="Agent state"]').setValue('NotReady');
  await t.settled();

  expect(t.workspace.getSnapshot().agentState).toMatchObject({ operationName: 'NotReady' });
});

test("the selected interaction's attached data can be edited", async () => {
  await start();
  t.workspace.simulateInboundCall({ ani: '5551234', userData: { Note: 'first' } });
  await t.settled();
  await wrapper.get('ul[aria-label="Interactions"] button').trigger('click');
  expect(wrapper.get('table').text()).toContain('first');

  await wrapper.get('input[aria-label="Value"]').setValue('VIP');
  await wrapper.get('form[aria-label="Set attached data"]').trigger('submit');
  await t.settled();

  expect(t.host.log()).toContainEqual(
    expect.objectContaining({ request: 'interaction.setUserData', outcome: 'answered' }),
  );
  expect(wrapper.get('table').text()).toContain('VIP');
});

test('everything works under workspace.ini (its origin, request filter and user-data lists)', async () => {
  await start({ origin: 'http://localhost:5173', options: workspaceIni });
  t.workspace.simulateInboundCall({ ani: '5551234', userData: { Note: 'first' } });
  await t.settled();
  await wrapper.get('select[aria-label="Agent state"]').setValue('NotReady');
  await wrapper.get('ul[aria-label="Interactions"] button').trigger('click');
  await wrapper.get('input[aria-label="Value"]').setValue('VIP');
  await wrapper.get('form[aria-label="Set attached data"]').trigger('submit');
  await wrapper.get('input[type="tel"]').setValue('5001');
  await wrapper.get('form[aria-label="Click-to-dial"]').trigger('submit');
  await t.settled();

  const inbound = t.host.log().filter((m) => m.direction === 'in');
  expect(inbound.filter((m) => m.outcome !== 'answered')).toEqual([]);
  expect(inbound.map((m) => m.request)).toEqual(
    expect.arrayContaining(['agent.setState', 'interaction.setUserData', 'voice.dial']),
  );
  expect(wrapper.get('[data-testid="connection"]').attributes('data-status')).toBe('connected');
  expect(wrapper.get('ul[aria-label="Interactions"]').text()).toContain('voice 5001');
});
