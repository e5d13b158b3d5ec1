import { mount, type VueWrapper } from '@vue/test-utils';
import { createWorkspacePlugin } from '@wwe-kit/vue';
import { createTestWorkspace, type TestWorkspace } from '@wwe-kit/simulator';
import { afterEach, beforeEach, expect, test } from 'vitest';
import CallPanel from './CallPanel.vue';

let t: TestWorkspace;
let wrapper: VueWrapper;

beforeEach(() => {
  t = createTestWorkspace();
  wrapper = mount(CallPanel, { global: { plugins: [createWorkspacePlugin(t.client)] } });
});

afterEach(() => {
  wrapper.unmount(); // unmount first
  t.dispose(); // then the client and the simulated Workspace
});

test('a simulated inbound call appears with its ANI', async () => {
  t.workspace.simulateInboundCall({ ani: '5551234' });
  await t.settled(); // Vue has re-rendered too: no flushPromises() needed after it

  expect(wrapper.get('li').text()).toBe('5551234: RINGING');
});

test('Dial sends voice.dial to Workspace, which answers it', async () => {
  await wrapper.get('input').setValue('5001');
  await wrapper.get('button').trigger('click');
  await t.settled();

  expect(t.host.log()).toContainEqual(
    expect.objectContaining({ request: 'voice.dial', outcome: 'answered' }),
  );
  expect(t.workspace.getSnapshot().interactions).toMatchObject([
    { direction: 'OUT', dnis: '5001' },
  ]);
  expect(wrapper.get('li').text()).toBe('5001: TALKING');
});
