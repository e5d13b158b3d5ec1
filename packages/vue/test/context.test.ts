import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, effectScope, h, inject } from 'vue';
import {
  WORKSPACE_CLIENT_KEY,
  createWorkspacePlugin,
  getActiveWorkspaceClient,
  provideWorkspaceClient,
  useWorkspaceClient,
} from '../src/index';
import { testWorkspace } from './helpers';

describe('useWorkspaceClient', () => {
  it('throws a clear error when no client is provided', () => {
    const scope = effectScope();
    expect(() => scope.run(() => useWorkspaceClient())).toThrow(/No Workspace client/);
    scope.stop();
  });

  it('finds the client installed by the plugin, in components and through the active client', () => {
    const t = testWorkspace();
    let seen: unknown;
    const Child = defineComponent({
      setup() {
        seen = useWorkspaceClient();
        return () => h('div');
      },
    });
    const wrapper = mount(Child, { global: { plugins: [createWorkspacePlugin(t.client)] } });
    expect(seen).toBe(t.client);
    expect(getActiveWorkspaceClient()).toBe(t.client);
    // Outside any component (e.g. a router guard after install) the active client is used.
    expect(useWorkspaceClient()).toBe(t.client);
    wrapper.unmount();
    expect(getActiveWorkspaceClient()).toBeUndefined();
  });

  it('works in app.runWithContext (router guards, Pinia stores)', () => {
    const t = testWorkspace();
    const wrapper = mount(defineComponent({ render: () => h('div') }), {
      global: { plugins: [createWorkspacePlugin(t.client)] },
    });
    const app = wrapper.vm.$.appContext.app;
    expect(app.runWithContext(() => inject(WORKSPACE_CLIENT_KEY))).toBe(t.client);
    expect(app.runWithContext(() => useWorkspaceClient())).toBe(t.client);
    wrapper.unmount();
  });

  it('provideWorkspaceClient gives a subtree its own client; an explicit client wins', () => {
    const outer = testWorkspace();
    const inner = testWorkspace();
    const seen: unknown[] = [];
    const Leaf = defineComponent({
      setup() {
        seen.push(useWorkspaceClient(), useWorkspaceClient(outer.client));
        return () => h('span');
      },
    });
    const Parent = defineComponent({
      setup() {
        provideWorkspaceClient(inner.client);
        return () => h(Leaf);
      },
    });
    const wrapper = mount(Parent, { global: { plugins: [createWorkspacePlugin(outer.client)] } });
    expect(seen).toEqual([inner.client, outer.client]);
    wrapper.unmount();
  });
});
