// voiceInteraction / chatInteraction / emailInteraction / interactionEvent: typed interactions as
// Workspace sends them, standalone and through the driver (workspace.simulateInbound).
import {
  createWorkspaceClient,
  type Interaction,
  type InteractionChangeEvent,
  type InteractionEvent,
  type OutboundMessage,
} from '@wwe-kit/core';
import { createMemoryTransport } from '@wwe-kit/core/testing';
import { afterEach, describe, expect, expectTypeOf, test } from 'vitest';
import {
  caseEvent,
  chatInteraction,
  createSimulatedWorkspace,
  createTestWorkspace,
  emailInteraction,
  interactionEvent,
  voiceInteraction,
  type TestWorkspace,
} from '../src/index';

let t: TestWorkspace | undefined;
afterEach(() => {
  t?.dispose();
  t = undefined;
});

describe('interaction factories, standalone', () => {
  test('voiceInteraction is exactly the interaction the simulated desktop rings with', () => {
    const call = voiceInteraction({ ani: '5551234', userData: { Segment: 'Gold' } });
    expectTypeOf(call).toEqualTypeOf<Interaction>();
    const workspace = createSimulatedWorkspace();
    workspace.simulateInboundCall({ ani: '5551234', userData: { Segment: 'Gold' } });
    expect(call).toEqual(workspace.getSnapshot().interactions[0]);
    expect(call).toMatchObject({
      interactionId: '1',
      media: 'voice',
      state: 'RINGING',
      direction: 'IN',
      callType: 'INBOUND',
      dnis: '8005550100',
      recordingState: 'STOPPED',
      parties: [{ name: '5551234' }],
      userData: { Segment: 'Gold', IW_CaseUid: call.caseId },
    });
  });

  test('chatInteraction and emailInteraction likewise; message becomes the first of messages', () => {
    const workspace = createSimulatedWorkspace();
    workspace.simulateInboundChat({ from: 'Ada', message: 'Hello', userData: { Order: '42' } });
    workspace.simulateInboundEmail({ from: 'ada@example.com', subject: 'Invoice' });
    const [chat, email] = workspace.getSnapshot().interactions;
    expect(chatInteraction({ from: 'Ada', message: 'Hello', userData: { Order: '42' } })).toEqual(
      chat,
    );
    expect(chatInteraction({ message: 'x' })).not.toHaveProperty('message');
    expect(
      emailInteraction({ interactionId: '2', from: 'ada@example.com', subject: 'Invoice' }),
    ).toEqual(email);
  });

  test('any field may be overridden; ids follow interactionId', () => {
    const held = voiceInteraction({ interactionId: '7', state: 'HELD', previousState: 'TALKING' });
    expect(held).toMatchObject({ interactionId: '7', state: 'HELD', previousState: 'TALKING' });
    expect(held.caseId).toBe('00000000-0000-4000-8000-000000000007');
    expect(held.callUuid).toBe('SIMCALL0000000000000000000000007');
    expect(voiceInteraction({ startDate: 5 }).startDate).toBe(5);
    // Each call is a new object: a test may change it freely.
    expect(voiceInteraction()).not.toBe(voiceInteraction());
  });

  test('interactionEvent: the event data a client handler receives, through a hand-driven host', async () => {
    const e = interactionEvent('RINGING', voiceInteraction({ ani: '5550000' }));
    expectTypeOf(e).toEqualTypeOf<InteractionChangeEvent>();
    expectTypeOf(e).toExtend<InteractionEvent>();
    expect(e).toEqual({ eventType: 'RINGING', media: 'voice', interaction: e.interaction });
    // Case events as documented: selectedCaseId only.
    expect(caseEvent('CASE_SELECTED', chatInteraction().caseId!)).toEqual({
      eventType: 'CASE_SELECTED',
      selectedCaseId: chatInteraction().caseId,
    });

    const { transport, host } = createMemoryTransport();
    const client = createWorkspaceClient({ transport });
    const seen: string[] = [];
    client.on('interaction', (x) => seen.push(`${x.eventType} ${x.interaction?.ani}`));
    const sub = await new Promise<OutboundMessage>((resolve) => host.onMessage(resolve));
    host.post({
      referenceId: sub.referenceId,
      subscriptionId: '1',
      userAgent: 'WWE Server',
      protocolVersion: 2,
    });
    host.post({ event: 'interaction', data: e, userAgent: 'WWE Server', protocolVersion: 2 });
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual(['RINGING 5550000']);
    client.dispose();
  });
});

describe('with the driver: workspace.simulateInbound', () => {
  test('a factory-made call rings in the simulated Workspace and reaches the client', async () => {
    t = createTestWorkspace();
    const events: string[] = [];
    t.client.on('interaction', (e) => events.push(`${e.eventType} ${e.interaction?.ani}`));
    await t.settled();
    t.workspace.simulateInboundCall();
    const id = t.workspace.simulateInbound(
      voiceInteraction({ ani: '5551234', userData: { Segment: 'Gold' } }),
    );
    await t.settled();
    expect(id).toBe('2');
    expect(events.slice(-2)).toEqual(['ADDED 5551234', 'RINGING 5551234']);
    const rung = t.workspace.getSnapshot().interactions[1]!;
    // The desktop gives it its own ids, like any new interaction.
    expect(rung).toEqual(
      voiceInteraction({ interactionId: '2', ani: '5551234', userData: { Segment: 'Gold' } }),
    );
    await t.client.voice.answer(id);
    expect(t.workspace.getSnapshot().interactions[1]!.state).toBe('TALKING');
  });

  test('ids and state of the given interaction are not kept; other fields are', () => {
    const workspace = createSimulatedWorkspace();
    workspace.simulateInboundCall();
    const id = workspace.simulateInbound(
      chatInteraction({ interactionId: '9', state: 'ACCEPTED', from: 'Ada', Topic: 'billing' }),
    );
    const chat = workspace.getSnapshot().interactions.find((i) => i.interactionId === id)!;
    expect(chat).toMatchObject({ interactionId: '2', state: 'INVITED', Topic: 'billing' });
    expect(chat.caseId).toBe('00000000-0000-4000-8000-000000000002');
    expect(chat.userData).toEqual({
      IW_CaseUid: chat.caseId,
      IW_BundleUid: chat.bundleId,
    });
    const email = workspace.simulateInbound(emailInteraction({ subject: 'Invoice' }));
    expect(workspace.getSnapshot().interactions[2]).toMatchObject({
      interactionId: email,
      media: 'email',
      subject: 'Invoice',
    });
    // A bare object with a media gets that media's defaults.
    const bare = workspace.simulateInbound({ media: 'voice', ani: '1' });
    expect(workspace.getSnapshot().interactions[3]).toMatchObject({
      interactionId: bare,
      state: 'RINGING',
      dnis: '8005550100',
      parties: [{ name: '1' }],
    });
  });
});
