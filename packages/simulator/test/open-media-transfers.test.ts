import { afterEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, type TestWorkspace } from '../src';
import { collect } from './helpers';

let t: TestWorkspace;
afterEach(() => t.dispose());

async function setup() {
  t = createTestWorkspace();
  const interaction = collect(t.client, 'interaction');
  await t.client.agent.get();
  return interaction;
}
const seq = (events: any[]) =>
  events.map((e) => `${e.interaction.interactionId}:${e.eventType}:${e.interaction.state}`);

describe('chat', () => {
  it('INVITED → accept → NEW_MESSAGE → ENDED by the customer → markdone COMPLETED → REMOVED', async () => {
    const ev = await setup();
    const id = t.workspace.simulateInboundChat({
      from: 'Ada',
      message: 'Hello',
      userData: { Topic: 'billing' },
    });
    await t.client.interaction.accept(id);
    t.workspace.simulateChatMessage(id, 'Are you there?');
    t.workspace.customerHangUp(id);
    await t.client.interaction.markdone(id);
    expect(seq(ev.events)).toEqual([
      '1:ADDED:INVITED',
      '1:INVITED:INVITED',
      '1:ACCEPTED:ACCEPTED',
      '1:NEW_MESSAGE:ACCEPTED',
      '1:ENDED:ENDED',
      '1:COMPLETED:COMPLETED',
      '1:REMOVED:COMPLETED',
    ]);
    expect(ev.events[0]).toMatchObject({
      media: 'chat',
      interaction: {
        parties: [{ name: 'Ada' }],
        userData: expect.objectContaining({ Topic: 'billing' }),
      },
    });
    expect(ev.events[3].message).toEqual({ from: 'Ada', text: 'Are you there?' });
  });

  it('markdone of an accepted chat ends it; reject revokes an invitation', async () => {
    const ev = await setup();
    const a = t.workspace.simulateInboundChat();
    await expect(t.client.interaction.markdone(a)).rejects.toMatchObject({ code: 'HOST_ERROR' });
    await t.client.interaction.accept(a);
    await t.client.interaction.markdone(a);
    const b = t.workspace.simulateInboundChat();
    await t.client.interaction.reject(b);
    expect(seq(ev.events).slice(3)).toEqual([
      '1:ENDED:ENDED',
      '1:COMPLETED:COMPLETED',
      '1:REMOVED:COMPLETED',
      '2:ADDED:INVITED',
      '2:INVITED:INVITED',
      '2:REVOKED:REVOKED',
      '2:REMOVED:REVOKED',
    ]);
  });
});

describe('email', () => {
  it('inbound: INVITED → ACCEPTED → COMPLETED → REMOVED', async () => {
    const ev = await setup();
    const id = t.workspace.simulateInboundEmail({ from: 'ada@example.com', subject: 'Invoice' });
    await t.client.interaction.accept(id);
    await t.client.interaction.markdone(id);
    expect(ev.types()).toEqual(['ADDED', 'INVITED', 'ACCEPTED', 'COMPLETED', 'REMOVED']);
    expect(ev.events[0].interaction).toMatchObject({
      media: 'email',
      from: 'ada@example.com',
      subject: 'Invoice',
      direction: 'IN',
    });
  });

  it('outbound: email.create → CREATED; markdone sends it', async () => {
    const ev = await setup();
    await t.client.email.create('ada@example.com');
    await t.client.interaction.markdone('1');
    expect(seq(ev.events)).toEqual([
      '1:ADDED:CREATED',
      '1:CREATED:CREATED',
      '1:SENT:SENT',
      '1:COMPLETED:COMPLETED',
      '1:REMOVED:COMPLETED',
    ]);
    expect(ev.events[0].interaction).toMatchObject({ to: 'ada@example.com', direction: 'OUT' });
  });
});

describe('consult, transfer, conference', () => {
  async function talking() {
    const ev = await setup();
    const id = t.workspace.simulateInboundCall({ ani: '5551234', userData: { Account: '42' } });
    await t.client.voice.answer(id);
    ev.events.length = 0;
    return { ev, id };
  }

  it('consult then completeTransfer: parent held, consult dialled and established, both released', async () => {
    const { ev, id } = await talking();
    await t.client.interaction.consult(
      id,
      { type: 'AGENT', destination: 'SIP_5002' },
      { Note: 'vip' },
    );
    const consult = ev.events.find((e) => e.eventType === 'ADDED').interaction;
    expect(consult).toMatchObject({
      interactionId: '2',
      isConsultation: true,
      parentInteractionId: id,
      callType: 'CONSULT',
      isMainCaseInteraction: false,
      caseId: ev.events[0].interaction.caseId,
    });
    expect(consult.userData).toMatchObject({ Account: '42', Note: 'vip' });
    await t.client.interaction.completeTransfer('2');
    expect(seq(ev.events)).toEqual([
      '1:HELD:HELD',
      '2:ADDED:DIALING',
      '2:DIALING:DIALING',
      '2:ESTABLISHED:TALKING',
      '1:RELEASED:RELEASED',
      '2:RELEASED:RELEASED',
    ]);
    await expect(t.client.interaction.completeTransfer(id)).rejects.toMatchObject({
      hostMessage: "Interaction '1' is not a consultation",
    });
  });

  it('consult then completeConference: the held call is ESTABLISHED again, with both parties, consult removed', async () => {
    const { ev, id } = await talking();
    await t.client.interaction.consult(id, 'SIP_5002', null, null);
    await t.client.interaction.completeConference('2');
    expect(seq(ev.events).slice(4)).toEqual([
      '1:ESTABLISHED:TALKING',
      '1:PARTY_CHANGED:TALKING',
      '2:RELEASED:RELEASED',
      '2:REMOVED:RELEASED',
    ]);
    expect(ev.events[4].interaction.previousState).toBe('HELD');
    expect(ev.events[5].interaction.parties).toEqual([{ name: '5551234' }, { name: 'SIP_5002' }]);
  });

  it('single-step transfer and conference', async () => {
    const { ev, id } = await talking();
    await t.client.interaction.singleStepConference(
      id,
      { target: 'AGENT', destination: 'SIP_5003' },
      { Why: 'help' },
    );
    expect(ev.events[0]).toMatchObject({
      eventType: 'PARTY_CHANGED',
      interaction: { parties: [{ name: '5551234' }, { name: 'SIP_5003' }] },
    });
    await t.client.interaction.singleStepTransfer(id, 'Queue1');
    expect(ev.types().at(-1)).toBe('RELEASED');
    await expect(t.client.interaction.singleStepTransfer(id, 'Queue1')).rejects.toMatchObject({
      code: 'HOST_ERROR',
    });
  });

  it('chat transfer completes with TRANSFER_COMPLETED and leaves the desktop', async () => {
    const ev = await setup();
    const id = t.workspace.simulateInboundChat();
    await t.client.interaction.accept(id);
    await t.client.interaction.singleStepTransfer(id, {
      type: 'AGENT_GROUP',
      destination: 'Billing',
    });
    expect(ev.types().slice(-2)).toEqual(['TRANSFER_COMPLETED', 'REMOVED']);
    await expect(t.client.interaction.singleStepTransfer(id, 7 as never)).rejects.toMatchObject({
      code: 'HOST_ERROR',
    });
  });
});
