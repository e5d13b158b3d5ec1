import { afterEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, type TestWorkspace } from '../src';
import { filterReadableUserData } from '../src/host/user-data-access';
import { forbiddenWriteKey } from '../src/host/user-data-writes';
import { collect } from './helpers';

// service-client-api.md, "Attached Data Access".
const KEYS = {
  'service-client-api.user-data.write-allowed': 'Key1,Key3',
  'service-client-api.user-data.read-allowed': 'Key1,Key2,Key3',
};

let t: TestWorkspace;
afterEach(() => t.dispose());

describe('user-data read/write lists (documented Key1/Key2/Key3 example)', () => {
  it('reads Key1, Key2, Key3 only, in results and events', async () => {
    t = createTestWorkspace({ options: KEYS });
    const ev = collect(t.client, 'interaction');
    await t.client.agent.get();
    const id = t.workspace.simulateInboundCall({
      userData: { Key1: 'a', Key2: 'b', Key3: 'c', Key4: 'secret' },
    });
    const i = await t.client.interaction.getByInteractionId(id);
    expect(i?.userData).toEqual({ Key1: 'a', Key2: 'b', Key3: 'c' });
    expect((await t.client.interaction.getInteractions())[0]?.userData).toEqual({
      Key1: 'a',
      Key2: 'b',
      Key3: 'c',
    });
    expect(ev.events.map((e) => e.interaction.userData)).toEqual([
      { Key1: 'a', Key2: 'b', Key3: 'c' },
      { Key1: 'a', Key2: 'b', Key3: 'c' },
    ]);
    // The desktop still has everything.
    expect(t.workspace.getSnapshot().interactions[0]?.userData).toMatchObject({ Key4: 'secret' });
  });

  it('writes Key1 and Key3; Key2 fails with an error naming it and writes nothing', async () => {
    t = createTestWorkspace({ options: KEYS });
    const ev = collect(t.client, 'interaction');
    await t.client.agent.get(); // the subscription is in place
    const id = t.workspace.simulateInboundCall({ userData: { Key2: 'b' } });
    await t.client.interaction.setUserData(id, { Key1: 'x', Key3: 'z' });
    await expect(
      t.client.interaction.setUserData(id, { Key1: 'y', Key2: 'w' }),
    ).rejects.toMatchObject({
      code: 'HOST_ERROR',
      hostMessage: expect.stringContaining("'Key2'"),
    });
    await expect(t.client.interaction.deleteUserData(id, 'Key2')).rejects.toMatchObject({
      code: 'HOST_ERROR',
    });
    await t.client.interaction.deleteUserData(id, 'Key3');
    expect(t.workspace.getSnapshot().interactions[0]?.userData).toMatchObject({
      Key1: 'x',
      Key2: 'b',
    });
    expect(t.workspace.getSnapshot().interactions[0]?.userData).not.toHaveProperty('Key3');
    expect(ev.types()).toEqual([
      'ADDED',
      'RINGING',
      'ATTACHED_DATA_CHANGED',
      'ATTACHED_DATA_CHANGED',
    ]);
    expect(t.host.stats().outcomes['forbidden-key']).toBe(2);
  });

  it('helpers', () => {
    expect(filterReadableUserData([{ userData: { a: 1, b: 2 } }], new Set(['a']))).toEqual([
      { userData: { a: 1 } },
    ]);
    expect(filterReadableUserData({ userData: { a: 1 } }, null)).toEqual({ userData: { a: 1 } });
    expect(forbiddenWriteKey('interaction.deleteUserData', ['1', 'Key2'], new Set(['Key1']))).toBe(
      'Key2',
    );
    expect(
      forbiddenWriteKey('interaction.setUserData', ['1', { Key1: 1 }], new Set(['Key1'])),
    ).toBeUndefined();
  });
});

describe('setUserData acts on the live interaction only', () => {
  // "sets user data on the live interaction (for voice, this means the interaction is not in the
  // IDLE state)": Interaction namespace page, 8.5.2.
  it('a ringing or talking call takes user data; a released one refuses it, unchanged, no event', async () => {
    t = createTestWorkspace();
    const ev = collect(t.client, 'interaction');
    await t.client.agent.get();
    const id = t.workspace.simulateInboundCall({ userData: { Segment: 'Gold' } });
    await t.client.interaction.setUserData(id, { Note: 'ringing' });
    await t.client.voice.answer(id);
    await t.client.interaction.setUserData(id, { Note: 'talking' });
    t.workspace.customerHangUp(id);
    const e = await t.client.interaction.setUserData(id, { Note: 'released' }).catch((x) => x);
    expect(e).toMatchObject({ code: 'HOST_ERROR' });
    expect(e.message).toMatch(/Cannot set user data on interaction '.+' in state RELEASED/);
    expect(t.workspace.getSnapshot().interactions[0]?.userData).toMatchObject({
      Segment: 'Gold',
      Note: 'talking',
    });
    expect(ev.types().filter((x) => x === 'ATTACHED_DATA_CHANGED')).toHaveLength(2);
  });

  it('a chat (no documented rule for other media) still takes user data once ended', async () => {
    t = createTestWorkspace();
    await t.client.agent.get();
    const id = t.workspace.simulateInboundChat();
    await t.client.interaction.accept(id);
    t.workspace.customerHangUp(id);
    await t.client.interaction.setUserData(id, { Note: 'wrap-up' });
    expect(t.workspace.getSnapshot().interactions[0]?.userData).toMatchObject({ Note: 'wrap-up' });
  });
});
