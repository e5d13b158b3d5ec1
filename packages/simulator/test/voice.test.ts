import { afterEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, type TestWorkspace } from '../src';
import { collect } from './helpers';

let t: TestWorkspace;
afterEach(() => t.dispose());

async function setup(seed?: Parameters<typeof createTestWorkspace>[0]) {
  t = createTestWorkspace(seed);
  const interaction = collect(t.client, 'interaction');
  const agent = collect(t.client, 'agent');
  const media = collect(t.client, 'media');
  const markdone = collect(t.client, 'markdone');
  await t.client.agent.get(); // every subscription is in place
  return { interaction, agent, media, markdone };
}
const states = (events: any[]) => events.map((e) => `${e.eventType}:${e.interaction.state}`);

describe('agent and media states', () => {
  it('lists the states and changes them with STATE_CHANGED on agent and on every media', async () => {
    const { agent, media } = await setup();
    const list = await t.client.agent.getStateList();
    expect(list.map((s) => s.operationName)).toEqual([
      'Ready',
      'NotReady',
      'NotReadyBreak',
      'NotReadyLunch',
      'AfterCallWork',
      'DoNotDisturb',
      'LogoutAll',
    ]);
    await t.client.agent.setState('NotReadyBreak');
    expect(agent.events).toEqual([
      {
        eventType: 'STATE_CHANGED',
        mediaState: 'NOT_READY_ACTION_CODE',
        reason: 'Break',
        reasonCode: '1511',
      },
    ]);
    expect(media.events.map((e) => [e.media, e.state.state])).toEqual([
      ['voice', 'NOT_READY_ACTION_CODE'],
      ['chat', 'NOT_READY_ACTION_CODE'],
      ['email', 'NOT_READY_ACTION_CODE'],
    ]);
    await expect(t.client.agent.getState()).resolves.toMatchObject({
      operationName: 'NotReadyBreak',
      reasonCode: '1511',
    });
    t.workspace.setAgentState('Ready');
    await t.client.agent.setState('AfterCallWork');
    await t.client.agent.setState('DoNotDisturb');
    await t.client.agent.setState('LogoutAll');
    expect(agent.events.map((e) => e.mediaState)).toEqual([
      'NOT_READY_ACTION_CODE',
      'READY',
      'NOT_READY_AFTER_CALLWORK',
      'DO_NOT_DISTURB',
      'LOGGED_OUT',
    ]);
    expect(agent.events[1]).toEqual({ eventType: 'STATE_CHANGED', mediaState: 'READY' });
    await expect(t.client.agent.setState('Dancing')).rejects.toMatchObject({
      code: 'HOST_ERROR',
      hostMessage: "Unknown state operation 'Dancing'",
    });
  });

  it('sets one media state', async () => {
    const { media, agent } = await setup();
    await t.client.media.setState('chat', 'NotReadyLunch');
    expect(media.events).toEqual([
      {
        eventType: 'STATE_CHANGED',
        media: 'chat',
        state: expect.objectContaining({ reason: 'Lunch', reasonCode: '1512' }),
      },
    ]);
    expect(agent.events).toEqual([]);
    expect((await t.client.media.getMediaByName('chat')).state.operationName).toBe('NotReadyLunch');
    expect((await t.client.media.getMediaList()).map((m) => m.state.operationName)).toEqual([
      'Ready',
      'NotReadyLunch',
      'Ready',
    ]);
    await expect(t.client.media.getMediaByName('fax')).rejects.toMatchObject({
      code: 'HOST_ERROR',
    });
  });
});

describe('voice', () => {
  it('inbound: RINGING → answer → ESTABLISHED → hold → resume → hangUp → RELEASED → markdone → REMOVED', async () => {
    const { interaction, markdone } = await setup();
    const id = t.workspace.simulateInboundCall({
      ani: '5551234',
      dnis: '8000',
      userData: { Segment: 'Gold' },
    });
    expect(id).toBe('1');
    await t.client.voice.answer(id);
    await t.client.voice.hold(id);
    await t.client.voice.resume(id);
    await t.client.voice.hangUp(id);
    await t.client.interaction.markdone(id);
    expect(states(interaction.events)).toEqual([
      'ADDED:RINGING',
      'RINGING:RINGING',
      'ESTABLISHED:TALKING',
      'HELD:HELD',
      'ESTABLISHED:TALKING',
      'RELEASED:RELEASED',
      'REMOVED:RELEASED',
    ]);
    const first = interaction.events[0];
    expect(first.media).toBe('voice');
    expect(first.interaction).toMatchObject({
      interactionId: '1',
      media: 'voice',
      direction: 'IN',
      callType: 'INBOUND',
      ani: '5551234',
      dnis: '8000',
      previousState: 'UNKNOWN',
      recordingState: 'STOPPED',
      isConsultation: false,
      isMainCaseInteraction: true,
      parties: [{ name: '5551234' }],
      userData: expect.objectContaining({ Segment: 'Gold', IW_CaseUid: first.interaction.caseId }),
    });
    expect(interaction.events[3].interaction.previousState).toBe('TALKING');
    expect(markdone.events).toEqual([
      { eventType: 'MARKDONE', interactionId: '1', media: 'voice' },
    ]);
    expect(await t.client.interaction.getInteractions()).toEqual([]);
  });

  it('refuses actions in the wrong state', async () => {
    await setup();
    const id = t.workspace.simulateInboundCall();
    await expect(t.client.voice.hold(id)).rejects.toMatchObject({
      hostMessage: "Cannot hold interaction '1' in state RINGING",
    });
    await expect(t.client.interaction.markdone(id)).rejects.toMatchObject({ code: 'HOST_ERROR' });
    await expect(t.client.voice.answer('42')).rejects.toMatchObject({
      hostMessage: "Interaction '42' not found",
    });
  });

  it('outbound: voice.dial → ADDED + DIALING → ESTABLISHED (auto) or on remoteAnswer (manual)', async () => {
    const { interaction } = await setup();
    await t.client.voice.dial('5001', { Reason: 'callback' });
    expect(states(interaction.events)).toEqual([
      'ADDED:DIALING',
      'DIALING:DIALING',
      'ESTABLISHED:TALKING',
    ]);
    expect(interaction.events[0].interaction).toMatchObject({
      direction: 'OUT',
      callType: 'INTERNAL',
      dnis: '5001',
      userData: expect.objectContaining({ Reason: 'callback' }),
    });
    t.dispose();
    const m = await setup({ seed: { outboundAnswer: 'manual' } });
    await t.client.voice.dialEx('+33123456789', null, { x: 1 });
    expect(states(m.interaction.events)).toEqual(['ADDED:DIALING', 'DIALING:DIALING']);
    expect(m.interaction.events[0].interaction.callType).toBe('OUTBOUND');
    t.workspace.remoteAnswer('1');
    await t.client.agent.get();
    expect(states(m.interaction.events).at(-1)).toBe('ESTABLISHED:TALKING');
  });

  it('the customer hangs up', async () => {
    const { interaction } = await setup();
    const id = t.workspace.simulateInboundCall();
    await t.client.voice.answer(id);
    t.workspace.customerHangUp(id);
    await t.client.agent.get();
    expect(interaction.types().slice(-1)).toEqual(['RELEASED']);
  });

  it('recording: start, pause, resume, stop with CALL_RECORDING_STATE_CHANGED', async () => {
    const { interaction } = await setup();
    const id = t.workspace.simulateInboundCall();
    await expect(t.client.voice.startCallRecording(id)).rejects.toMatchObject({
      code: 'HOST_ERROR',
    });
    await t.client.voice.answer(id);
    await t.client.voice.startCallRecording(id);
    await t.client.voice.pauseCallRecording(id);
    await expect(t.client.voice.pauseCallRecording(id)).rejects.toMatchObject({
      hostMessage: expect.stringContaining('recording is PAUSED'),
    });
    await t.client.voice.resumeCallRecording(id);
    await t.client.voice.stopCallRecording(id);
    await t.client.voice.startCallRecording(id);
    await t.client.voice.hangUp(id);
    const rec = interaction.events
      .filter((e) => e.eventType === 'CALL_RECORDING_STATE_CHANGED')
      .map((e) => e.interaction.recordingState);
    expect(rec).toEqual(['RECORDING', 'PAUSED', 'RECORDING', 'STOPPED', 'RECORDING', 'STOPPED']);
    expect(interaction.types().at(-1)).toBe('RELEASED');
  });

  it('reject, blockMarkdone and unblockMarkdone', async () => {
    const { interaction } = await setup();
    const id = t.workspace.simulateInboundCall();
    await t.client.interaction.reject(id);
    expect(interaction.types()).toEqual(['ADDED', 'RINGING', 'RELEASED', 'REMOVED']);
    const id2 = t.workspace.simulateInboundCall();
    await t.client.interaction.accept(id2);
    await t.client.voice.hangUp(id2);
    await t.client.interaction.blockMarkdone(id2, 'Fill in the disposition first');
    await expect(t.client.interaction.markdone(id2)).rejects.toMatchObject({
      hostMessage: 'Fill in the disposition first',
    });
    expect(t.workspace.getSnapshot().blockedMarkdone).toEqual({
      [id2]: 'Fill in the disposition first',
    });
    await t.client.interaction.unblockMarkdone(id2);
    await t.client.interaction.markdone(id2);
    expect(t.workspace.getSnapshot().interactions).toEqual([]);
  });
});
