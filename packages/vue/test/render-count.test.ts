import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { createWorkspacePlugin, useAgentState, useInteraction } from '../src/index';
import { isClean, testWorkspace, until } from './helpers';

describe('render counts', () => {
  it('an event changing interaction A re-renders only the components using A', async () => {
    const t = testWorkspace();
    const a = t.workspace.simulateInboundCall({ ani: '111' });
    const b = t.workspace.simulateInboundCall({ ani: '222' });
    const renders = { a: 0, b: 0, agent: 0 };

    const InteractionView = defineComponent({
      props: { id: { type: String, required: true }, name: { type: String, required: true } },
      setup(props) {
        const snap = useInteraction(() => props.id);
        return () => {
          renders[props.name as 'a' | 'b']++;
          return h('p', { class: props.name }, snap.value.interaction?.state ?? 'loading');
        };
      },
    });
    const AgentView = defineComponent({
      setup() {
        const state = useAgentState();
        return () => {
          renders.agent++;
          return h('p', { class: 'agent' }, state.value?.operationName ?? 'loading');
        };
      },
    });
    const Panel = defineComponent({
      render: () => [
        h(InteractionView, { id: a, name: 'a' }),
        h(InteractionView, { id: b, name: 'b' }),
        h(AgentView),
      ],
    });
    const w = mount(Panel, { global: { plugins: [createWorkspacePlugin(t.client)] } });
    await until(() => {
      expect(w.find('.a').text()).toBe('RINGING');
      expect(w.find('.b').text()).toBe('RINGING');
      expect(w.find('.agent').text()).not.toBe('loading');
    });
    const before = { ...renders };

    await t.client.voice.answer(a);
    await until(() => expect(w.find('.a').text()).toBe('TALKING'));
    // Every message delivered and Vue re-rendered: a render of b or of the agent would be counted.
    await t.settled();

    expect(renders.a).toBeGreaterThan(before.a);
    expect(renders.b).toBe(before.b);
    expect(renders.agent).toBe(before.agent);
    w.unmount();
    await until(() => expect(isClean(t)).toBe(true));
  });
});
