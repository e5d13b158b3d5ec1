import { createSimulatedWorkspace } from '@wwe-kit/simulator';
import { describe, expect, it } from 'vitest';
import { startSeedInteractions, workspaceSeed } from '../src/shared/seed';

describe('workspaceSeed', () => {
  it("maps the served seed to the simulator's (agent field names, directory, campaigns)", () => {
    expect(
      workspaceSeed({
        agent: {
          firstName: 'Ada',
          lastName: 'Lovelace',
          userName: 'ada',
          employeeId: 'E7',
          emailAddress: 'ada@example.com',
        },
        media: ['voice'],
        notReadyReasons: [{ name: 'Training', code: '1600' }],
        initialState: 'NotReady',
        targets: [{ type: 'AGENT', destination: 'jsmith', name: 'John Smith' }],
        campaigns: [{ name: 'Renewals', records: [{ handle: 1, phone: '5551000' }] }],
        interactions: [{ type: 'voice' }],
      }),
    ).toEqual({
      agent: {
        firstname: 'Ada',
        lastname: 'Lovelace',
        username: 'ada',
        employeeId: 'E7',
        emailAddress: 'ada@example.com',
      },
      media: ['voice'],
      notReadyReasons: [{ name: 'Training', code: '1600' }],
      initialState: 'NotReady',
      targets: [{ type: 'AGENT', destination: 'jsmith', name: 'John Smith' }],
      campaigns: [{ name: 'Renewals', records: [{ handle: 1, phone: '5551000' }] }],
    });
    expect(workspaceSeed({})).toEqual({});
  });

  it('builds a desktop from it', () => {
    const w = createSimulatedWorkspace(
      workspaceSeed({ agent: { userName: 'ada' }, initialState: 'NotReady', targets: [] }),
    );
    const s = w.getSnapshot();
    expect(s.agent).toMatchObject({ username: 'ada', firstname: 'Alex' });
    expect(s.agentState.operationName).toBe('NotReady');
    expect(s.targets).toEqual([]);
    w.dispose();
  });
});

describe('startSeedInteractions', () => {
  it('makes calls ring, chats and emails arrive, with their party and user data', () => {
    const w = createSimulatedWorkspace();
    const ids = startSeedInteractions(w, [
      { type: 'voice', ani: '5551234', userData: { Segment: 'Gold' } },
      { type: 'chat', from: 'Ada', message: 'Hello' },
      { type: 'email', from: 'ada@example.com', subject: 'Invoice' },
      { type: 'voice', from: '5550000' },
    ]);
    expect(ids).toEqual(['1', '2', '3', '4']);
    const [call, chat, email, call2] = w.getSnapshot().interactions;
    expect(call).toMatchObject({
      media: 'voice',
      state: 'RINGING',
      ani: '5551234',
      userData: { Segment: 'Gold' },
    });
    expect(chat).toMatchObject({
      media: 'chat',
      state: 'INVITED',
      parties: [{ name: 'Ada' }],
      messages: [{ from: 'Ada', text: 'Hello' }],
    });
    expect(email).toMatchObject({ media: 'email', from: 'ada@example.com', subject: 'Invoice' });
    expect(call2).toMatchObject({ ani: '5550000' });
    expect(startSeedInteractions(w, undefined)).toEqual([]);
    w.dispose();
  });
});
