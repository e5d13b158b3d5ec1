// The documented-payloads suite (Vue): every event payload Genesys documents, exactly as printed,
// through a host to the composables, in a mounted component.
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h, watch } from 'vue';
import {
  documented,
  documentedWorkspace,
  payloadsExpecting,
  settle,
  type DocumentedPayload,
} from '../../core/test/documented-host';
import {
  createWorkspacePlugin,
  useAgentState,
  useInteraction,
  useSelectedCase,
  useWorkspaceEvent,
  type EventMap,
} from '../src/index';
import { until } from './helpers';

const open: { client: { dispose(): void } }[] = [];
const unmounts: (() => void)[] = [];
afterEach(() => {
  for (const u of unmounts.splice(0)) u();
  for (const w of open.splice(0)) w.client.dispose();
});

const cases = (list: DocumentedPayload[]) => list.map((p) => [p.id, p] as const);

/** A documented Workspace and a mounted component running `setup` against its client. */
function mountWith<T>(
  p: DocumentedPayload,
  setup: () => T,
): { w: ReturnType<typeof documentedWorkspace>; value: T } {
  const w = documentedWorkspace(p);
  open.push(w);
  let value!: T;
  const C = defineComponent({
    setup() {
      value = setup();
      return () => h('div');
    },
  });
  const wrapper = mount(C, { global: { plugins: [createWorkspacePlugin(w.client)] } });
  unmounts.push(() => wrapper.unmount());
  return { w, value };
}

describe('documented payloads (Vue composables)', () => {
  it.each(cases(payloadsExpecting('caseSelection')))(
    '%s: useSelectedCase follows selectedCaseId',
    async (_id, p) => {
      const { w, value: selected } = mountWith(p, () => useSelectedCase());
      await until(() => expect(selected.value.status).toBe('ready'));
      w.emit();
      await settle();
      await until(() =>
        expect(selected.value).toEqual({ status: 'ready', ...p.expect.caseSelection }),
      );
    },
  );

  it.each(cases(payloadsExpecting('agentState')))(
    '%s: useAgentState shows the documented state, never the previous operationName',
    async (_id, p) => {
      const seen: unknown[] = [];
      const { w, value: state } = mountWith(p, () => {
        const s = useAgentState();
        watch(s, (v) => seen.push(v), { flush: 'sync' });
        return s;
      });
      await until(() => expect(state.value).toEqual(p.before!.agentState));
      seen.length = 0;
      w.emit();
      await settle();
      await until(() => expect(state.value).toEqual(p.expect.agentState));
      const previous = p.before!.agentState!;
      for (const s of seen as { state?: string; operationName?: string }[])
        if (s.state !== previous.state) expect(s.operationName).not.toBe(previous.operationName);
    },
  );

  it.each(cases(payloadsExpecting('interaction')))(
    '%s: useInteraction holds the event’s copy',
    async (_id, p) => {
      const id = p.expect.interaction!.interactionId;
      const { w, value: one } = mountWith(p, () => useInteraction(id));
      await until(() => expect(one.value.status).toBe('ready'));
      w.emit();
      await settle();
      await until(() => expect(one.value.interaction).toEqual(p.expect.interaction));
    },
  );

  it.each(cases(documented.payloads))(
    '%s: useWorkspaceEvent receives it untouched',
    async (_id, p) => {
      const seen: unknown[] = [];
      const { w } = mountWith(p, () =>
        useWorkspaceEvent(p.message.event as keyof EventMap, (e) => seen.push(e)),
      );
      await settle();
      w.emit();
      await settle();
      expect(seen).toEqual([p.message.data]);
    },
  );
});
