import {
  ApplicationRef,
  signal,
  EnvironmentInjector,
  Injector,
  createEnvironmentInjector,
  type Signal,
} from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { createStore, isWorkspaceError, workspaceStores } from '@wwe-kit/core';
import { createTestWorkspace } from '@wwe-kit/simulator';
import { firstValueFrom, filter } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { AgentStateService } from '../src/agent-state.service';
import { WorkspaceConnectionService } from '../src/connection.service';
import { injectInteraction } from '../src/inject-interaction';
import {
  injectAgent,
  injectAgentState,
  injectCan,
  injectConnection,
  injectInteractions,
  injectMediaList,
  injectSelectedCase,
  injectWorkspaceEvent,
} from '../src/inject-live-state';
import { injectWorkspaceAction } from '../src/inject-workspace-action';
import { injectWorkspaceStore } from '../src/inject-workspace-store';
import { InteractionsService } from '../src/interactions.service';
import { MediaService } from '../src/media.service';
import { provideWorkspace } from '../src/provide-workspace';
import { WorkspaceEventsService } from '../src/workspace-events.service';
import { WORKSPACE_CLIENT } from '../src/workspace-client';
import { settle, setup } from './helpers';

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

/** A child environment injector of TestBed's, destroyed by the test. */
function childInjector(): EnvironmentInjector {
  return createEnvironmentInjector([], TestBed.inject(EnvironmentInjector));
}

describe('injectWorkspaceStore', () => {
  it('follows a store, and a selection compared with shallowEqual by default', () => {
    setup();
    const s = writable({ a: 1, list: [1, 2] });
    const injector = childInjector();
    const [whole, copy, byRef] = TestBed.runInInjectionContext(() => [
      injectWorkspaceStore(s.store),
      injectWorkspaceStore(s.store, (v) => [...v.list]),
      injectWorkspaceStore(s.store, (v) => [...v.list], { equal: Object.is, injector }),
    ]) as [Signal<{ a: number; list: number[] }>, Signal<number[]>, Signal<number[]>];
    const firstCopy = copy();
    const firstByRef = byRef();
    s.set({ a: 2, list: [1, 2] });
    expect(whole().a).toBe(2);
    expect(copy()).toBe(firstCopy); // a shallow-equal slice keeps its reference
    expect(byRef()).not.toBe(firstByRef);
    s.set({ a: 2, list: [1, 3] });
    expect(copy()).toEqual([1, 3]);
    injector.destroy(); // `byRef` used this injector: it stops following
    s.set({ a: 3, list: [4] });
    expect(byRef()).toEqual([1, 3]);
    expect(copy()).toEqual([4]);
  });

  it('needs an injection context or an injector', () => {
    setup();
    const s = writable(1);
    expect(() => injectWorkspaceStore(s.store)).toThrow(/injectWorkspaceStore/);
    const injector = childInjector();
    const value = injectWorkspaceStore(s.store, undefined, { injector });
    s.set(2);
    expect(value()).toBe(2);
    injector.destroy();
    s.set(3);
    expect(value()).toBe(2);
    // An injector already destroyed: the signal holds the current value and never subscribes.
    expect(injectWorkspaceStore(s.store, undefined, { injector })()).toBe(3);
  });
});

describe('injectWorkspaceAction', () => {
  it('exposes status, pending, data and a typed error, with the core semantics', async () => {
    const t = setup({ options: { 'service-client-api.user-data.write-allowed': 'Key1' } });
    const id = t.workspace.simulateInboundCall({ ani: '1' });
    await settle();
    const action = TestBed.runInInjectionContext(() => {
      const client = TestBed.inject(WORKSPACE_CLIENT);
      return injectWorkspaceAction(async (key: string) => {
        await client.interaction.setUserData(id, { [key]: 'x' });
        return key;
      });
    });
    expect(action.status()).toBe('idle');
    const ok = action.run('Key1');
    expect(action.pending()).toBe(true);
    expect(action.status()).toBe('pending');
    await expect(ok).resolves.toBe('Key1');
    expect(action.status()).toBe('success');
    expect(action.data()).toBe('Key1');
    await expect(action.run('Secret')).resolves.toBeUndefined();
    expect(action.status()).toBe('error');
    expect(action.data()).toBeUndefined(); // a failure clears data
    expect(isWorkspaceError(action.error(), 'HOST_ERROR')).toBe(true);
    action.reset();
    expect(action.status()).toBe('idle');
    expect(action.error()).toBeUndefined();
  });

  it('keeps the latest call, and drops the outcome of a call running when its injector dies', async () => {
    setup();
    const resolvers: ((v: string) => void)[] = [];
    const injector = childInjector();
    const action = injectWorkspaceAction(
      () => new Promise<string>((resolve) => resolvers.push(resolve)),
      { injector },
    );
    const first = action.run();
    const second = action.run();
    resolvers[1]!('second');
    await second;
    resolvers[0]!('first');
    await expect(first).resolves.toBe('first');
    expect(action.data()).toBe('second');
    const third = action.run();
    injector.destroy();
    resolvers[2]!('third');
    await third;
    expect(action.data()).toBe('second');
  });

  it('whenStable() waits for a call in flight', async () => {
    const t = setup();
    const action = TestBed.runInInjectionContext(() => {
      const client = TestBed.inject(WORKSPACE_CLIENT);
      return injectWorkspaceAction(() => client.agent.getState());
    });
    void action.run();
    expect(t.client.stats().pending).toBe(1);
    await TestBed.inject(ApplicationRef).whenStable();
    expect(action.status()).toBe('success');
    expect(action.data()?.operationName).toBeTruthy();
  });
});

describe('WorkspaceConnectionService', () => {
  it('exposes the connection and what Workspace allows as signals', async () => {
    setup({
      options: {
        'service-client-api.accepted-web-content-origins': 'http://localhost (agent.*, system.*)',
      },
    });
    const connection = TestBed.inject(WorkspaceConnectionService);
    const canDial = connection.can('voice.dial');
    const canGet = connection.can('agent.get');
    expect(canGet()).toBeUndefined();
    await settle();
    expect(connection.state().status).toBe('connected');
    expect(canGet()).toBe(true);
    expect(canDial()).toBe(false);
  });
});

describe('AgentStateService', () => {
  it('exposes the agent as signals that follow events', async () => {
    const t = setup();
    const agent = TestBed.inject(AgentStateService);
    expect(agent.status()).toBe('loading');
    await settle();
    expect(agent.status()).toBe('ready');
    expect(agent.snapshot().status).toBe('ready');
    expect(agent.agent()?.username).toBeTruthy();
    expect(agent.stateList().length).toBeGreaterThan(0);
    t.workspace.setAgentState('NotReadyBreak');
    await settle();
    expect(agent.state()?.operationName).toBe('NotReadyBreak');
    await t.client.agent.setState('Ready');
    await settle();
    expect(agent.state()?.operationName).toBe('Ready');
  });

  it('its signals share the store: one client handler for the agent whatever the readers', async () => {
    const t = setup();
    TestBed.inject(AgentStateService);
    await settle();
    const before = t.client.stats();
    const injector = childInjector();
    const extra = Array.from({ length: 5 }, () =>
      injectWorkspaceStore(workspaceStores(t.client).agent, (s) => s.state, { injector }),
    );
    await settle();
    expect(extra[4]!()?.operationName).toBeTruthy();
    expect(t.client.stats().handlers).toBe(before.handlers);
    expect(t.client.stats().subscriptions).toBe(before.subscriptions);
    injector.destroy();
  });
});

describe('InteractionsService', () => {
  it('follows all interactions and one by id', async () => {
    const t = setup();
    const service = TestBed.inject(InteractionsService);
    const id = t.workspace.simulateInboundCall({ ani: '5551234', userData: { Key1: 'a' } });
    await settle();
    expect(service.interactions().map((i) => i.interactionId)).toContain(id);
    expect(service.snapshot().status).toBe('ready');
    const one = TestBed.runInInjectionContext(() => service.interaction(id));
    expect(one().interaction?.state).toBe('RINGING');
    await t.client.voice.answer(id);
    await settle();
    expect(one().interaction?.state).toBe('TALKING');
    await t.client.interaction.setUserData(id, { Key2: 'b' });
    await settle();
    expect(one().interaction?.userData).toMatchObject({ Key1: 'a', Key2: 'b' });
    await t.client.voice.hangUp(id);
    await t.client.interaction.markdone(id);
    await settle();
    expect(service.interactions().map((i) => i.interactionId)).not.toContain(id);
  });

  it('interaction(id) outside an injection context lives with the given injector, and needs one', async () => {
    const t = setup();
    const service = TestBed.inject(InteractionsService);
    const id = t.workspace.simulateInboundCall({ ani: '1' });
    await settle();
    const before = t.client.stats().handlers;
    const injector = childInjector();
    const scoped = service.interaction(id, { injector: injector as Injector });
    expect(scoped().interaction?.interactionId).toBe(id);
    // Without an owner, a subscription would live as long as the app: refused, loudly.
    expect(() => service.interaction(id)).toThrow(/NG0203|injection context/);
    injector.destroy();
    await t.client.voice.answer(id);
    await settle();
    expect(scoped().interaction?.state).toBe('RINGING');
    expect(t.client.stats().handlers).toBe(before);
  });

  it('follows the selected case', async () => {
    const t = setup();
    const service = TestBed.inject(InteractionsService);
    const id = t.workspace.simulateInboundCall({ ani: '1' });
    await settle();
    const caseId = service.interactions().find((i) => i.interactionId === id)?.caseId;
    expect(caseId).toBeTruthy();
    t.workspace.selectCase(caseId!);
    await settle();
    expect(service.caseSelection().caseId).toBe(caseId);
  });
});

describe('MediaService', () => {
  it('lists the media channels', async () => {
    setup();
    const media = TestBed.inject(MediaService);
    await settle();
    expect(media.media().status).toBe('ready');
    expect(media.media().media.length).toBeGreaterThan(0);
  });
});

describe('WorkspaceEventsService', () => {
  it('delivers typed events of a topic through one shared handler', async () => {
    const t = setup();
    const events = TestBed.inject(WorkspaceEventsService);
    const a: string[] = [];
    const b: string[] = [];
    events.events$('interaction').subscribe((e) => a.push(e.eventType));
    events.events$('interaction').subscribe((e) => b.push(e.interaction?.interactionId ?? ''));
    expect(t.client.stats().handlers).toBe(1);
    await settle(); // the host subscription is set up
    const id = t.workspace.simulateInboundCall({ ani: '1' });
    await settle();
    expect(a).toContain('ADDED');
    expect(b).toContain(id);
  });

  it('delivers toast button clicks', async () => {
    const t = setup();
    const events = TestBed.inject(WorkspaceEventsService);
    const clicks = firstValueFrom(
      events.events$('system').pipe(filter((e) => e.eventType === 'CUSTOM_TOAST_BUTTON_CLICK')),
    );
    await settle();
    const toastId = await t.client.system.popupToast({
      title: 'Hi',
      message: 'There',
      buttons: ['OK'],
    });
    t.workspace.clickToastButton(toastId, 0);
    expect(await clicks).toMatchObject({ eventType: 'CUSTOM_TOAST_BUTTON_CLICK' });
  });
});

describe('lifetime', () => {
  it('removes every subscription and completes observables when the injector is destroyed', async () => {
    const t = setup();
    TestBed.inject(AgentStateService);
    TestBed.inject(MediaService);
    TestBed.inject(WorkspaceConnectionService);
    const interactions = TestBed.inject(InteractionsService);
    const events = TestBed.inject(WorkspaceEventsService);
    const id = t.workspace.simulateInboundCall({ ani: '1' });
    let completed = 0;
    events.events$('agent').subscribe({ complete: () => completed++ });
    events.events$('system').subscribe({ complete: () => completed++ });
    TestBed.runInInjectionContext(() => interactions.interaction(id));
    await settle();
    expect(t.client.stats().handlers).toBeGreaterThan(0);
    TestBed.resetTestingModule();
    await settle();
    expect(completed).toBe(2);
    expect(t.client.stats().handlers).toBe(0);
    expect(t.client.stats().subscriptions).toBe(0);
    // A service whose injector is gone completes new subscribers at once.
    let late = false;
    events.events$('media').subscribe({ complete: () => (late = true) });
    expect(late).toBe(true);
    expect(t.client.stats().handlers).toBe(0);
  });

  it('scopes a client to a child environment injector and cleans up when it is destroyed', async () => {
    const root = setup();
    const scoped = createTestWorkspace();
    const injector = createEnvironmentInjector(
      [provideWorkspace(scoped.client)],
      TestBed.inject(EnvironmentInjector),
    );
    const agent = injector.get(AgentStateService);
    const connection = injector.get(WorkspaceConnectionService);
    expect(agent).not.toBe(TestBed.inject(AgentStateService));
    expect(connection).not.toBe(TestBed.inject(WorkspaceConnectionService));
    await settle();
    expect(agent.status()).toBe('ready');
    expect(scoped.client.stats().handlers).toBeGreaterThan(0);
    expect(root.client.stats().handlers).toBe(1); // the root AgentStateService's store only
    injector.destroy();
    expect(scoped.client.stats().handlers).toBe(0);
    scoped.dispose();
  });
});

describe('inject* functions', () => {
  it('injectInteraction(() => id) follows the id, and everything is released with its injector', async () => {
    const t = setup();
    const a = t.workspace.simulateInboundCall({ ani: '111' });
    const b = t.workspace.simulateInboundCall({ ani: '222' });
    await settle();
    const before = t.client.stats().handlers;
    const injector = childInjector();
    const id = signal<string | undefined>(a);
    const [snap, ani, fixed] = TestBed.runInInjectionContext(() => [
      injectInteraction(id, undefined, { injector }),
      injectInteraction(
        () => id(),
        (s) => s.interaction?.ani,
        { injector },
      ),
      injectInteraction(b, (s) => s.interaction?.state, { injector }),
    ]);
    TestBed.tick(); // effects run: the subscriptions are made (and the store fetches)
    await settle();
    expect(snap().interaction?.ani).toBe('111');
    expect(ani()).toBe('111');
    expect(fixed()).toBe('RINGING');
    id.set(b);
    TestBed.tick();
    expect(ani()).toBe('222');
    await t.client.voice.answer(b);
    await settle();
    expect(snap().interaction?.state).toBe('TALKING');
    expect(fixed()).toBe('TALKING');
    id.set(undefined);
    TestBed.tick();
    expect(snap()).toEqual({ status: 'ready', interaction: undefined });
    id.set(a);
    TestBed.tick();
    injector.destroy();
    await t.client.voice.answer(a);
    await settle();
    expect(snap().interaction?.state).toBe('RINGING'); // released: no longer follows
    expect(t.client.stats().handlers).toBe(before);
  });

  it('the other inject* functions: signals of the live stores, released with the injector', async () => {
    const t = setup();
    const id = t.workspace.simulateInboundCall({ ani: '1' });
    const before = t.client.stats();
    const injector = childInjector();
    const events: string[] = [];
    const s = TestBed.runInInjectionContext(() => ({
      agent: injectAgent(),
      state: injectAgentState(),
      ready: injectAgentState((a) => a.status === 'ready'),
      list: injectInteractions((x) => x.interactions.map((i) => i.interactionId)),
      selected: injectSelectedCase(),
      media: injectMediaList(),
      connection: injectConnection(),
      can: injectCan('voice.dial'),
    }));
    injectWorkspaceEvent('interaction', (e) => events.push(e.eventType), { injector });
    await settle();
    expect(s.agent().status).toBe('ready');
    expect(s.state()?.operationName).toBeTruthy();
    expect(s.ready()).toBe(true);
    expect(s.list()).toEqual([id]);
    expect(s.selected().status).toBe('ready');
    expect(s.media().status).toBe('ready');
    expect(s.connection().status).toBe('connected');
    expect(s.can()).toBe(true);
    await t.client.voice.answer(id);
    await settle();
    expect(events.length).toBeGreaterThan(0);
    injector.destroy();
    TestBed.resetTestingModule(); // destroys the TestBed injector the others live in
    expect(t.client.stats()).toMatchObject({
      handlers: before.handlers,
      subscriptions: before.subscriptions,
    });
  });

  it('outside an injection context, an injector is required; a client may be given', () => {
    const t = setup();
    const other = createTestWorkspace();
    try {
      expect(() => injectAgent()).toThrow(/NG0203|injection context/);
      const injector = childInjector();
      const agent = injectAgent({ injector, client: other.client });
      expect(agent().status).toBe('loading');
      expect(other.client.stats().handlers).toBeGreaterThan(0);
      expect(t.client.stats().handlers).toBe(0);
      injector.destroy();
      expect(other.client.stats().handlers).toBe(0);
    } finally {
      other.dispose();
    }
  });
});
