import { createStore, isWorkspaceError, workspaceStores } from '@wwe-kit/core';
import { mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { defineComponent, effectScope, h, isReactive, nextTick, ref, watch } from 'vue';
import {
  createWorkspacePlugin,
  setActiveWorkspaceClient,
  useAgent,
  useAgentState,
  useCan,
  useConnection,
  useInteraction,
  useInteractions,
  useMediaList,
  useSelectedCase,
  useWorkspaceAction,
  useWorkspaceClient,
  useWorkspaceEvent,
  useWorkspaceStore,
  useLiveStores,
  useWorkspaceStores,
} from '../src/index';
import { isClean, testWorkspace, until } from './helpers';

function mountWith<T>(
  t: ReturnType<typeof testWorkspace>,
  setup: () => T,
  render: (s: T) => string,
) {
  const C = defineComponent({
    setup() {
      const s = setup();
      return () => h('div', render(s));
    },
  });
  return mount(C, { global: { plugins: [createWorkspacePlugin(t.client)] } });
}

describe('state composables in components', () => {
  it('useAgent and useAgentState follow the agent state', async () => {
    const t = testWorkspace();
    const w = mountWith(
      t,
      () => ({
        agent: useAgent(),
        state: useAgentState(),
        ops: useAgentState((s) => s.stateList.length),
      }),
      ({ agent, state, ops }) =>
        `${agent.value.status}|${state.value?.operationName ?? '-'}|${ops.value > 0}`,
    );
    expect(w.text()).toBe('loading|-|false');
    await until(() => expect(w.text()).toMatch(/^ready\|\w+\|true$/));
    t.workspace.setAgentState('NotReadyBreak');
    await until(() => expect(w.text()).toBe('ready|NotReadyBreak|true'));
    w.unmount();
    await until(() => expect(isClean(t)).toBe(true));
  });

  it('useConnection and useCan follow the answer of Workspace', async () => {
    const t = testWorkspace({
      options: {
        'service-client-api.accepted-web-content-origins': 'http://localhost (agent.*, system.*)',
      },
    });
    const w = mountWith(
      t,
      () => ({ c: useConnection(), dial: useCan('voice.dial'), get: useCan('agent.get') }),
      (s) => `${s.c.value.status} ${s.get.value} ${s.dial.value}`,
    );
    await until(() => w.text() === 'connected true false');
    expect(w.text()).toBe('connected true false');
  });

  it('useMediaList lists the media', async () => {
    const t = testWorkspace();
    const w = mountWith(
      t,
      () => useMediaList(),
      (m) => `${m.value.status}:${m.value.media.length}`,
    );
    await until(() => expect(w.text()).toMatch(/^ready:[1-9]/));
    w.unmount();
    await until(() => expect(isClean(t)).toBe(true));
  });

  it('useInteractions lists interactions, with and without a selector', async () => {
    const t = testWorkspace();
    const w = mountWith(
      t,
      () => ({
        all: useInteractions(),
        anis: useInteractions((s) => s.interactions.map((i) => i.ani).join(',')),
      }),
      ({ all, anis }) => `${all.value.interactions.length}|${anis.value}`,
    );
    await until(() => expect(w.text()).toBe('0|'));
    t.workspace.simulateInboundCall({ ani: '5551234' });
    await until(() => expect(w.text()).toBe('1|5551234'));
    w.unmount();
    await until(() => expect(isClean(t)).toBe(true));
  });

  it('useInteraction re-subscribes when its reactive id changes', async () => {
    const t = testWorkspace();
    const a = t.workspace.simulateInboundCall({ ani: '111' });
    const b = t.workspace.simulateInboundCall({ ani: '222' });
    const id = ref<string | undefined>(a);
    const w = mountWith(
      t,
      () => useInteraction(id),
      (s) => `${s.value.interaction?.ani ?? 'none'}:${s.value.interaction?.state ?? ''}`,
    );
    await until(() => expect(w.text()).toBe('111:RINGING'));
    id.value = b;
    await until(() => expect(w.text()).toBe('222:RINGING'));
    // Changes to the old id no longer reach the component; changes to the new one do.
    await t.client.voice.answer(a);
    await flush();
    expect(w.text()).toBe('222:RINGING');
    await t.client.voice.answer(b);
    await until(() => expect(w.text()).toBe('222:TALKING'));
    id.value = undefined;
    await nextTick();
    expect(w.text()).toBe('none:');
    w.unmount();
    await until(() => expect(isClean(t)).toBe(true));
  });

  it('useInteraction takes a selector, and a plain id', async () => {
    const t = testWorkspace();
    const id = t.workspace.simulateInboundCall({ ani: '777' });
    const w = mountWith(
      t,
      () => ({
        state: useInteraction(
          () => id,
          (s) => s.interaction?.state,
        ),
        plain: useInteraction(id),
        none: useInteraction(undefined, (s) => s.status),
      }),
      (s) => `${s.state.value}|${s.plain.value.interaction?.ani}|${s.none.value}`,
    );
    await until(() => expect(w.text()).toBe('RINGING|777|ready'));
    await t.client.voice.answer(id);
    await until(() => expect(w.text()).toBe('TALKING|777|ready'));
    w.unmount();
    await until(() => expect(isClean(t)).toBe(true));
  });

  it('useSelectedCase follows case selection', async () => {
    const t = testWorkspace();
    const id = t.workspace.simulateInboundCall({ ani: '333' });
    const w = mountWith(
      t,
      () => useSelectedCase(),
      (s) => `${s.value.caseId ?? 'none'}`,
    );
    await until(() => expect(w.text()).not.toBe(''));
    const caseId = t.workspace
      .getSnapshot()
      .interactions.find((i) => i.interactionId === id)!.caseId!;
    t.workspace.selectCase(caseId);
    await until(() => expect(w.text()).toBe(caseId));
    w.unmount();
    await until(() => expect(isClean(t)).toBe(true));
  });

  it('useWorkspaceEvent delivers events until unmount', async () => {
    const t = testWorkspace();
    const clicks: number[] = [];
    const w = mountWith(
      t,
      () =>
        useWorkspaceEvent('system', (e) => {
          if (e.eventType === 'CUSTOM_TOAST_BUTTON_CLICK') clicks.push(e.buttonIndex as number);
        }),
      () => 'x',
    );
    const toastId = await t.client.system.popupToast({ title: 'Hi', buttons: ['A', 'B'] });
    await flush();
    t.workspace.clickToastButton(toastId, 1);
    await until(() => expect(clicks).toEqual([1]));
    w.unmount();
    await until(() => expect(isClean(t)).toBe(true));
  });
});

describe('useWorkspaceStore', () => {
  /** A store of `value` whose `set` replaces the snapshot and notifies. */
  function writable<T>(initial: T) {
    let value = initial;
    const { store, notify } = createStore(() => value);
    return {
      store,
      set(next: T) {
        value = next;
        notify();
      },
    };
  }

  it('follows a store, and a selection compared with shallowEqual by default', () => {
    const s = writable({ a: 1, list: [1, 2] });
    const scope = effectScope();
    const refs = scope.run(() => ({
      whole: useWorkspaceStore(s.store),
      copy: useWorkspaceStore(s.store, (v) => [...v.list]),
      byRef: useWorkspaceStore(s.store, (v) => [...v.list], { equal: Object.is }),
    }))!;
    const triggers = { whole: 0, copy: 0, byRef: 0 };
    scope.run(() => {
      for (const k of ['whole', 'copy', 'byRef'] as const)
        watch(refs[k], () => triggers[k]++, { flush: 'sync' });
    });
    const firstCopy = refs.copy.value;
    s.set({ a: 2, list: [1, 2] });
    expect(refs.whole.value.a).toBe(2);
    expect(refs.copy.value).toBe(firstCopy); // shallow-equal slice: same reference, no trigger
    expect(triggers).toEqual({ whole: 1, copy: 0, byRef: 1 });
    s.set({ a: 2, list: [1, 3] });
    expect(refs.copy.value).toEqual([1, 3]);
    expect(triggers).toEqual({ whole: 2, copy: 1, byRef: 2 });
    scope.stop();
    s.set({ a: 3, list: [] });
    expect(refs.whole.value.a).toBe(2); // unsubscribed
  });

  it("useLiveStores gives the client's store set", () => {
    const t = testWorkspace();
    const scope = effectScope();
    expect(scope.run(() => useLiveStores(t.client))).toBe(workspaceStores(t.client));
    scope.stop();
  });
});

describe('useWorkspaceAction', () => {
  it('exposes status, pending, data and a typed error of a forbidden attached-data key', async () => {
    const t = testWorkspace({ options: { 'service-client-api.user-data.write-allowed': 'Key1' } });
    const id = t.workspace.simulateInboundCall({ ani: '444' });
    const scope = effectScope();
    const action = scope.run(() => {
      const client = useWorkspaceClient(t.client);
      return useWorkspaceAction(async (key: string, value: string) => {
        await client.interaction.setUserData(id, { [key]: value });
        return key;
      });
    })!;
    expect(action.status.value).toBe('idle');
    const ok = action.run('Key1', 'v');
    expect(action.pending.value).toBe(true);
    expect(action.status.value).toBe('pending');
    await expect(ok).resolves.toBe('Key1');
    expect(action.status.value).toBe('success');
    expect(action.pending.value).toBe(false);
    expect(action.data.value).toBe('Key1');
    expect(action.error.value).toBeUndefined();
    await expect(action.run('Other', 'v')).resolves.toBeUndefined();
    expect(action.status.value).toBe('error');
    expect(action.data.value).toBeUndefined(); // the core semantics: a failure clears data
    expect(isWorkspaceError(action.error.value, 'HOST_ERROR')).toBe(true);
    expect((action.error.value as Error).message).toMatch(/Other/);
    action.reset();
    expect(action.status.value).toBe('idle');
    expect(action.error.value).toBeUndefined();
    scope.stop();
  });

  it('keeps the latest call result', async () => {
    const resolvers: ((v: string) => void)[] = [];
    const scope = effectScope();
    const action = scope.run(() =>
      useWorkspaceAction(() => new Promise<string>((resolve) => resolvers.push(resolve))),
    )!;
    const first = action.run();
    const second = action.run();
    resolvers[1]!('second');
    await second;
    resolvers[0]!('first');
    await expect(first).resolves.toBe('first');
    expect(action.data.value).toBe('second');
    expect(action.pending.value).toBe(false);
    scope.stop();
  });

  it('drops the outcome of a call still running when its scope is disposed', async () => {
    let resolve!: (v: string) => void;
    const scope = effectScope();
    const action = scope.run(() =>
      useWorkspaceAction(() => new Promise<string>((r) => (resolve = r))),
    )!;
    const call = action.run();
    expect(action.pending.value).toBe(true);
    scope.stop();
    resolve('late');
    await call;
    expect(action.data.value).toBeUndefined();
    expect(action.pending.value).toBe(true); // frozen at disposal: no more updates
  });
});

describe('outside components', () => {
  it('works in an effectScope with an explicit client and cleans up on stop()', async () => {
    const t = testWorkspace();
    const scope = effectScope();
    const seen: string[] = [];
    const state = scope.run(() => {
      useWorkspaceEvent('agent', (e) => seen.push(e.eventType), t.client);
      useInteractions(t.client);
      useSelectedCase(t.client);
      useMediaList(t.client);
      useInteraction('1', t.client);
      return useAgentState(t.client);
    })!;
    await until(() => expect(state.value?.operationName).toBeTruthy());
    t.workspace.setAgentState('NotReadyLunch');
    await until(() => expect(state.value?.operationName).toBe('NotReadyLunch'));
    expect(seen).toContain('STATE_CHANGED');
    scope.stop();
    await until(() => expect(isClean(t)).toBe(true));
  });

  it('holds the store snapshot itself, not a deep reactive copy', async () => {
    const t = testWorkspace();
    const scope = effectScope();
    const agent = scope.run(() => useAgent(t.client))!;
    await until(() => expect(agent.value.status).toBe('ready'));
    expect(agent.value).toBe(workspaceStores(t.client).agent.get());
    expect(isReactive(agent.value)).toBe(false);
    expect(isReactive(agent.value.stateList)).toBe(false);
    scope.stop();
  });

  it('uses the active client when none is injected or passed', async () => {
    const t = testWorkspace();
    setActiveWorkspaceClient(t.client);
    const scope = effectScope();
    const agent = scope.run(() => useAgent())!;
    await until(() => expect(agent.value.status).toBe('ready'));
    scope.stop();
    await until(() => expect(isClean(t)).toBe(true));
  });

  it('warns in development when used outside an effect scope', () => {
    const t = testWorkspace();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const state = useAgentState(t.client);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('outside an effect scope'));
    expect(state.value).toBeUndefined();
  });
});

async function flush() {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
}

describe('renames', () => {
  it('useWorkspaceStores is a deprecated alias of useLiveStores', () => {
    const t = testWorkspace();
    expect(useWorkspaceStores(t.client)).toBe(useLiveStores(t.client));
  });
});
