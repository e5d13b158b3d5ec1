import { ApplicationRef, EnvironmentInjector, createEnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { isWorkspaceError } from '@wwe-kit/core';
import { firstValueFrom, filter } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { AgentStateService } from '../src/agent-state.service';
import { WorkspaceConnectionService } from '../src/connection.service';
import { InteractionsService } from '../src/interactions.service';
import { MediaService } from '../src/media.service';
import { provideWorkspace } from '../src/provide-workspace';
import { WorkspaceEventsService } from '../src/workspace-events.service';
import { WorkspaceRequests } from '../src/workspace-requests';
import { settle, setup } from './helpers';

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
    const seen: string[] = [];
    connection.state$.subscribe((c) => seen.push(c.status));
    await settle();
    expect(connection.state().status).toBe('connected');
    expect(canGet()).toBe(true);
    expect(canDial()).toBe(false);
    expect(seen.at(-1)).toBe('connected');
  });
});

describe('AgentStateService', () => {
  it('exposes the agent as signals and observables that follow events', async () => {
    const t = setup();
    const agent = TestBed.inject(AgentStateService);
    const seen: (string | undefined)[] = [];
    agent.state$.subscribe((s) => seen.push(s?.operationName));
    expect(agent.status()).toBe('loading');
    await settle();
    expect(agent.status()).toBe('ready');
    expect(agent.agent()?.username).toBeTruthy();
    expect(agent.stateList().length).toBeGreaterThan(0);
    t.workspace.setAgentState('NotReadyBreak');
    await settle();
    expect(agent.state()?.operationName).toBe('NotReadyBreak');
    expect(seen.at(-1)).toBe('NotReadyBreak');
    await agent.setState('Ready');
    await settle();
    expect(agent.state()?.operationName).toBe('Ready');
  });

  it('shares one host subscription among many subscribers, and late ones get the latest value', async () => {
    const t = setup();
    const agent = TestBed.inject(AgentStateService);
    const before = t.client.stats().handlers;
    const subs = Array.from({ length: 5 }, () => agent.snapshot$.subscribe());
    await settle();
    const withMany = t.client.stats();
    const one = agent.state$.subscribe();
    expect(t.client.stats().handlers).toBe(withMany.handlers);
    expect(withMany.subscriptions).toBeGreaterThan(0);
    const late = await firstValueFrom(agent.state$);
    expect(late?.operationName).toBeTruthy();
    one.unsubscribe();
    for (const s of subs) s.unsubscribe();
    // Only the service's own signal subscription remains.
    expect(t.client.stats().handlers).toBe(before);
  });
});

describe('InteractionsService', () => {
  it('follows all interactions and one by id, and runs the voice and data actions', async () => {
    const t = setup();
    const service = TestBed.inject(InteractionsService);
    const id = t.workspace.simulateInboundCall({ ani: '5551234', userData: { Key1: 'a' } });
    await settle();
    expect(service.interactions().map((i) => i.interactionId)).toContain(id);
    const one = TestBed.runInInjectionContext(() => service.interaction(id));
    const states: string[] = [];
    service.interaction$(id).subscribe((s) => states.push(String(s.interaction?.state)));
    await settle();
    await service.answer(id);
    await settle();
    expect(one().interaction?.state).toBe('TALKING');
    await service.hold(id);
    await settle();
    expect(one().interaction?.state).toBe('HELD');
    await service.resume(id);
    await service.startRecording(id);
    await service.pauseRecording(id);
    await service.resumeRecording(id);
    await service.stopRecording(id);
    await service.setUserData(id, { Key2: 'b' });
    await settle();
    expect(one().interaction?.userData).toMatchObject({ Key1: 'a', Key2: 'b' });
    await service.deleteUserData(id, 'Key1');
    await settle();
    expect(one().interaction?.userData?.['Key1']).toBeUndefined();
    await service.hangUp(id);
    await settle();
    expect(states).toContain('TALKING');
    expect(states.at(-1)).not.toBe('TALKING');
    await service.markDone(id);
    await settle();
    expect(service.interactions().map((i) => i.interactionId)).not.toContain(id);
    await service.dial('5559876');
    await settle();
    expect(service.interactions().length).toBe(1);
  });

  it('rejects forbidden attached-data keys with a typed error', async () => {
    const t = setup({ options: { 'service-client-api.user-data.write-allowed': 'Key1' } });
    const service = TestBed.inject(InteractionsService);
    const id = t.workspace.simulateInboundCall({ ani: '1' });
    await settle();
    const error = await service.setUserData(id, { Secret: 'x' }).catch((e: unknown) => e);
    expect(isWorkspaceError(error, 'HOST_ERROR')).toBe(true);
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
    events.events$('interaction').subscribe((e) => b.push(e.interaction.interactionId));
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
    const requests = TestBed.inject(WorkspaceRequests);
    const clicks = firstValueFrom(
      events.events$('system').pipe(filter((e) => e.eventType === 'CUSTOM_TOAST_BUTTON_CLICK')),
    );
    await settle();
    const toastId = await requests.request('system.popupToast', [
      { title: 'Hi', message: 'There', buttons: ['OK'] },
    ]);
    t.workspace.clickToastButton(toastId, 0);
    expect(await clicks).toMatchObject({ eventType: 'CUSTOM_TOAST_BUTTON_CLICK' });
  });
});

describe('lifetime', () => {
  it('removes every subscription and completes observables when the injector is destroyed', async () => {
    const t = setup();
    const agent = TestBed.inject(AgentStateService);
    const interactions = TestBed.inject(InteractionsService);
    TestBed.inject(MediaService);
    const events = TestBed.inject(WorkspaceEventsService);
    const id = t.workspace.simulateInboundCall({ ani: '1' });
    let completed = 0;
    const done = { complete: () => completed++ };
    agent.state$.subscribe(done);
    interactions.interaction$(id).subscribe(done);
    events.events$('agent').subscribe(done);
    TestBed.runInInjectionContext(() => interactions.interaction(id));
    await settle();
    expect(t.client.stats().handlers).toBeGreaterThan(0);
    TestBed.resetTestingModule();
    await settle();
    expect(completed).toBe(3);
    expect(t.client.stats().handlers).toBe(0);
    expect(t.client.stats().subscriptions).toBe(0);
  });

  it('scopes a client to a child environment injector and cleans up when it is destroyed', async () => {
    const root = setup();
    const child = TestBed.inject(EnvironmentInjector);
    const scoped = setupScoped();
    const injector = createEnvironmentInjector([provideWorkspace(scoped.client)], child);
    const agent = injector.get(AgentStateService);
    expect(agent).not.toBe(TestBed.inject(AgentStateService));
    agent.state$.subscribe();
    await settle();
    expect(scoped.client.stats().handlers).toBeGreaterThan(0);
    expect(root.client.stats().handlers).toBe(1); // the root service's own signal only
    injector.destroy();
    expect(scoped.client.stats().handlers).toBe(0);
    scoped.dispose();
  });

  it('whenStable() waits for in-flight requests', async () => {
    const t = setup();
    const requests = TestBed.inject(WorkspaceRequests);
    let answered = false;
    void requests.run((c) => c.agent.getState()).then(() => (answered = true));
    expect(t.client.stats().pending).toBe(1);
    await TestBed.inject(ApplicationRef).whenStable();
    expect(answered).toBe(true);
  });
});

import { createTestWorkspace } from '@wwe-kit/simulator';
function setupScoped() {
  return createTestWorkspace();
}
