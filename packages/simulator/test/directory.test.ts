import { afterEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, type TargetSeed, type TestWorkspace } from '../src';
import { collect } from './helpers';

let t: TestWorkspace;
afterEach(() => t.dispose());

const targets: TargetSeed[] = [
  { type: 'AGENT', destination: 'jsmith', name: 'John Smith' },
  { type: 'AGENT_GROUP', destination: 'Billing' },
  { type: 'ROUTING_POINT', destination: '5002' },
];

async function talking(seedTargets?: TargetSeed[]) {
  t = createTestWorkspace(seedTargets ? { seed: { targets: seedTargets } } : {});
  const ev = collect(t.client, 'interaction');
  await t.client.agent.get();
  const id = t.workspace.simulateInboundCall({ ani: '5551234' });
  await t.client.voice.answer(id);
  ev.events.length = 0;
  return { ev, id };
}

describe('the agent directory (seed.targets)', () => {
  it('is in the snapshot, empty when not seeded', () => {
    t = createTestWorkspace({ seed: { targets } });
    expect(t.workspace.getSnapshot().targets).toEqual(targets);
    t.dispose();
    t = createTestWorkspace();
    expect(t.workspace.getSnapshot().targets).toEqual([]);
  });

  it('refuses a consult, transfer or conference to a destination not in it', async () => {
    const { id } = await talking(targets);
    for (const call of [
      () => t.client.interaction.consult(id, 'nobody', null, null),
      () => t.client.interaction.singleStepTransfer(id, { type: 'AGENT', destination: 'nobody' }),
      () => t.client.interaction.singleStepConference(id, 'nobody'),
    ])
      await expect(call()).rejects.toMatchObject({
        code: 'HOST_ERROR',
        hostMessage: "Unknown target 'nobody'",
      });
    expect(t.workspace.getSnapshot().interactions.map((i) => i.state)).toEqual(['TALKING']);
  });

  it("names the party added after the target's entry", async () => {
    const { ev, id } = await talking(targets);
    await t.client.interaction.consult(id, { type: 'AGENT', destination: 'jsmith' }, null);
    const consult = ev.events.find((e) => e.eventType === 'ADDED').interaction;
    expect(consult).toMatchObject({ dnis: 'jsmith', parties: [{ name: 'John Smith' }] });
    await t.client.interaction.completeConference(consult.interactionId);
    await t.client.interaction.singleStepConference(id, {
      target: 'AGENT_GROUP',
      destination: 'Billing',
    });
    expect(t.workspace.getSnapshot().interactions[0]?.parties).toEqual([
      { name: '5551234' },
      { name: 'John Smith' },
      { name: 'Billing' },
    ]);
    await t.client.interaction.singleStepTransfer(id, '5002');
    expect(ev.types().at(-1)).toBe('RELEASED');
  });

  it('without a directory, any destination works', async () => {
    const { id } = await talking();
    await t.client.interaction.singleStepConference(id, 'anyone');
    expect(t.workspace.getSnapshot().interactions[0]?.parties).toEqual([
      { name: '5551234' },
      { name: 'anyone' },
    ]);
  });
});
