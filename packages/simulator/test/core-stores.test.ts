// @wwe-kit/core's live stores against the simulator (issue 4): the same faithful host the
// framework packages test against, reached through the in-memory transport.
import { workspaceStores } from '@wwe-kit/core';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createTestWorkspace, type TestWorkspace } from '../src/index';

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
const settle = async () => {
  for (let i = 0; i < 10; i++) await tick();
};
let t: TestWorkspace | undefined;
afterEach(() => t?.dispose());

describe('core live stores against the simulator', () => {
  test('agent store: identity, state list and a reason-coded state change made in Workspace', async () => {
    t = createTestWorkspace();
    const { agent } = workspaceStores(t.client);
    agent.subscribe(() => {});
    await settle();
    const s = agent.get();
    expect(s.status).toBe('ready');
    expect(s.stateList.map((x) => x.operationName)).toContain('NotReadyBreak');
    t.workspace.setAgentState('NotReadyBreak');
    await settle();
    expect(agent.get().state).toMatchObject({ operationName: 'NotReadyBreak', reasonCode: '1511' });
    await t.client.agent.setState('Ready');
    await settle();
    expect(agent.get().state).toMatchObject({ operationName: 'Ready', state: 'READY' });
  });

  test('media store follows per-media state changes', async () => {
    t = createTestWorkspace();
    const { media } = workspaceStores(t.client);
    media.subscribe(() => {});
    await settle();
    expect(media.get().media.map((m) => m.media)).toEqual(['voice', 'chat', 'email']);
    await t.client.media.setState('chat', 'NotReady');
    await settle();
    expect(media.get().media.find((m) => m.media === 'chat')!.state.state).toBe('NOT_READY');
  });

  test('an inbound call through its whole life, as the interaction stores see it', async () => {
    t = createTestWorkspace();
    const stores = workspaceStores(t.client);
    stores.interactions.subscribe(() => {});
    await settle();
    const id = t.workspace.simulateInboundCall({ ani: '+15551234', userData: { Key1: 'a' } });
    await settle();
    const one = stores.interaction(id);
    const seen: string[] = [];
    one.subscribe((s) => seen.push(`${s.interaction?.state}/${s.interaction?.recordingState}`));
    expect(one.get().interaction).toMatchObject({ state: 'RINGING', ani: '+15551234' });
    await t.client.voice.answer(id);
    await t.client.voice.startCallRecording(id);
    await t.client.interaction.setUserData(id, { Key1: 'b' });
    await settle();
    expect(one.get().interaction).toMatchObject({
      state: 'TALKING',
      recordingState: 'RECORDING',
      userData: { Key1: 'b' },
    });
    await t.client.voice.hangUp(id);
    await t.client.interaction.markdone(id);
    await settle();
    expect(stores.interactions.get().interactions).toEqual([]);
    expect(one.get().interaction).toBeUndefined();
    expect(seen.length).toBeGreaterThanOrEqual(4);
  });

  test('an event racing the initial getInteractions is neither lost nor duplicated', async () => {
    t = createTestWorkspace();
    const first = t.workspace.simulateInboundCall({ ani: '1' });
    // The reply is computed when the request arrives and sent 30 ms later: a call that rings in
    // between is not in it, and only the buffered ADDED event can bring it.
    t.host.inject({ request: 'interaction.getInteractions', delayMs: 30, times: 1 });
    const { interactions } = workspaceStores(t.client);
    interactions.subscribe(() => {});
    await tick(5);
    expect(interactions.get().status).toBe('loading');
    const second = t.workspace.simulateInboundCall({ ani: '2' });
    await tick(60);
    await settle();
    const ids = interactions.get().interactions.map((i) => i.interactionId);
    expect(ids).toEqual([first, second]);
  });

  test('case selection from Workspace', async () => {
    t = createTestWorkspace();
    const { caseSelection } = workspaceStores(t.client);
    caseSelection.subscribe(() => {});
    const id = t.workspace.simulateInboundCall({ ani: '1' });
    await settle();
    const caseId = t.workspace
      .getSnapshot()
      .interactions.find((i) => i.interactionId === id)!.caseId!;
    t.workspace.selectCase(caseId);
    await settle();
    expect(caseSelection.get()).toMatchObject({ status: 'ready', caseId });
  });

  test('a refused origin leaves the store in error (TIMEOUT), not loading; every subscription goes away', async () => {
    t = createTestWorkspace({
      options: { 'service-client-api.accepted-web-content-origins': 'https://other.example.com' },
      client: { timeoutMs: 50 },
    });
    const { agent } = workspaceStores(t.client);
    const off = agent.subscribe(() => {});
    await vi.waitFor(() =>
      expect(agent.get()).toMatchObject({ status: 'error', error: { code: 'TIMEOUT' } }),
    );
    off();
    expect(t.client.stats()).toMatchObject({ handlers: 0, subscriptions: 0, pending: 0 });
  });
});
