import { afterEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, type TestWorkspace } from '../src';
import { rawFrame } from './helpers';

// service-client-api.md, "Attached Data Access": write Key1, Key3; read Key1, Key2, Key3.
const KEYS = {
  'service-client-api.user-data.write-allowed': 'Key1,Key3',
  'service-client-api.user-data.read-allowed': 'Key1,Key2,Key3',
};
const ORIGIN = 'http://localhost';

let t: TestWorkspace;
afterEach(() => t.dispose());

const talkingCall = () => {
  const id = t.workspace.simulateInboundCall({ userData: { Key2: 'b', Key4: 'secret' } });
  t.workspace.handleRequest('voice.answer', [id]);
  return id;
};
const userData = (id: string) =>
  t.workspace.getSnapshot().interactions.find((i) => i.interactionId === id)?.userData;

describe('the write list on every request that writes attached data', () => {
  it.each([
    ['interaction.singleStepTransfer', (id: string) => [id, 'SIP_5002', { Key2: 'x' }, null]],
    ['interaction.singleStepConference', (id: string) => [id, 'SIP_5002', { Key2: 'x' }, null]],
  ])('%s with a forbidden key is refused and changes nothing', (request, params) => {
    t = createTestWorkspace({ options: KEYS });
    const raw = rawFrame(t.host, ORIGIN);
    const id = talkingCall();
    const before = t.workspace.getSnapshot();
    const [reply] = raw.request(request, params(id));
    expect(reply?.errorMessage).toContain("'Key2'");
    expect(t.workspace.getSnapshot()).toBe(before); // not even a change
    expect(userData(id)).toMatchObject({ Key2: 'b' });
  });

  it('single-step transfer and conference with allowed keys write them', () => {
    t = createTestWorkspace({ options: KEYS });
    const raw = rawFrame(t.host, ORIGIN);
    const id = talkingCall();
    expect(
      raw.request('interaction.singleStepConference', [id, 'SIP_5002', { Key1: 'c' }, null])[0],
    ).not.toHaveProperty('errorMessage');
    expect(userData(id)).toMatchObject({ Key1: 'c', Key2: 'b' });
  });

  it.each([
    ['voice.dial', ['5001', { Key1: 'ok', Key2: 'no' }]],
    ['voice.dialEx', ['5001', { Key2: 'no' }, { x: '1' }]],
    ['email.create', ['a@example.com', { Key4: 'no' }]],
  ])(
    '%s creating an interaction with a forbidden key is refused and creates nothing',
    (request, params) => {
      t = createTestWorkspace({ options: KEYS });
      const raw = rawFrame(t.host, ORIGIN);
      expect(raw.request(request, params)[0]?.errorMessage).toMatch(
        /^The key 'Key[24]' is not allowed/,
      );
      expect(t.workspace.getSnapshot().interactions).toEqual([]);
      expect(t.host.stats().outcomes['forbidden-key']).toBe(1);
    },
  );

  it('consult with a forbidden key is refused: no consultation, the call is not held', () => {
    t = createTestWorkspace({ options: KEYS });
    const raw = rawFrame(t.host, ORIGIN);
    const id = talkingCall();
    expect(
      raw.request('interaction.consult', [id, 'SIP_5002', { Key2: 'x' }, null])[0]?.errorMessage,
    ).toContain("'Key2'");
    expect(t.workspace.getSnapshot().interactions.map((i) => i.state)).toEqual(['TALKING']);
    // With allowed keys, the consultation carries them (and the parent's data, which Workspace copies).
    raw.request('interaction.consult', [id, 'SIP_5002', { Key3: 'z' }, null]);
    expect(userData('2')).toMatchObject({ Key2: 'b', Key3: 'z', Key4: 'secret' });
  });

  it('dial with allowed keys attaches them', () => {
    t = createTestWorkspace({ options: KEYS });
    rawFrame(t.host, ORIGIN).request('voice.dial', ['5001', { Key1: 'a', Key3: 'c' }]);
    expect(userData('1')).toMatchObject({ Key1: 'a', Key3: 'c' });
  });

  it('writeListOnNewInteractions: false lets new interactions carry any key (the other reading)', () => {
    t = createTestWorkspace({ options: KEYS, host: { writeListOnNewInteractions: false } });
    const raw = rawFrame(t.host, ORIGIN);
    expect(raw.request('voice.dial', ['5001', { Key2: 'x' }])[0]).not.toHaveProperty(
      'errorMessage',
    );
    expect(userData('1')).toMatchObject({ Key2: 'x' });
    // Existing interactions keep the write list whatever the option.
    expect(raw.request('interaction.setUserData', ['1', { Key2: 'y' }])[0]?.errorMessage).toContain(
      "'Key2'",
    );
  });
});

describe('the read list on every value that leaves the host', () => {
  it('getContextualOption: a key the frame may not read does not override an option', () => {
    t = createTestWorkspace({
      options: { ...KEYS, 'crm.secret': 'default', Key2: 'base' },
    });
    const raw = rawFrame(t.host, ORIGIN);
    const id = t.workspace.simulateInboundCall({
      userData: { 'crm.secret': 'leaked?', Key2: 'readable' },
    });
    const [reply] = raw.request('configuration.getContextualOption', [['crm.*', 'Key2'], id]);
    expect(reply.data).toEqual([
      { name: 'interaction-workspace', options: { 'crm.secret': 'default', Key2: 'readable' } },
    ]);
    expect(t.host.log().find((e) => e.type === 'reply')?.withheld).toEqual({
      reason: 'service-client-api.user-data.read-allowed',
      keys: ['crm.secret'],
    });
  });

  it('replies and events name the keys they withheld, for the inspector', () => {
    t = createTestWorkspace({ options: KEYS });
    const raw = rawFrame(t.host, ORIGIN);
    raw.subscribe(['interaction']);
    const id = t.workspace.simulateInboundCall({ userData: { Key1: 'a', Key4: 'secret' } });
    expect(raw.request('interaction.getByInteractionId', [id])[0].data.userData).toEqual({
      Key1: 'a',
    });
    const out = t.host.log().filter((e) => e.direction === 'out' && e.type !== 'frameId');
    expect(out.map((e) => [e.type, e.withheld?.keys])).toEqual([
      ['reply', undefined], // the subscription
      ['event', ['Key4', 'IW_CaseUid', 'IW_BundleUid']],
      ['event', ['Key4', 'IW_CaseUid', 'IW_BundleUid']],
      ['reply', ['Key4', 'IW_CaseUid', 'IW_BundleUid']],
    ]);
    expect(JSON.stringify(raw.inbox)).not.toContain('secret');
  });
});
