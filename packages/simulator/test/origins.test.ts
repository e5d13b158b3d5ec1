import { afterEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, type TestWorkspace } from '../src';
import { filterAllows, filterForOrigin, parseAcceptedOrigins } from '@wwe-kit/core/internal';
import { simulatedRequests } from '../src/workspace/handlers';
import { rawFrame } from './helpers';

// service-client-api.md, "Origin": the four-server example.
const FOUR_SERVERS =
  'http://my-web-server0, http://my-web-server1 (*), http://my-web-server2 (agent.*, voice.dial), http://my-web-server3 (agent.*, interaction.*)';
const OPT = 'service-client-api.accepted-web-content-origins';

let t: TestWorkspace | undefined;
afterEach(() => t?.dispose());

describe('accepted-web-content-origins parsing', () => {
  const policy = parseAcceptedOrigins(FOUR_SERVERS);
  it('parses the four-server example', () => {
    expect([...policy]).toEqual([
      ['http://my-web-server0', null],
      ['http://my-web-server1', ['*']],
      ['http://my-web-server2', ['agent.*', 'voice.dial']],
      ['http://my-web-server3', ['agent.*', 'interaction.*']],
    ]);
  });
  it('allows everything for server0 and server1, and exactly the documented requests for server2', () => {
    const allowedFor = (origin: string) =>
      simulatedRequests().filter((r) => filterAllows(filterForOrigin(policy, origin)!, r));
    const all = simulatedRequests().filter((r) => r !== 'auth.getJwtToken');
    expect(allowedFor('http://my-web-server0')).toEqual(all);
    expect(allowedFor('http://my-web-server1')).toEqual(all);
    expect(allowedFor('http://my-web-server2').sort()).toEqual(
      ['agent.get', 'agent.getStateList', 'agent.setState', 'agent.getState', 'voice.dial'].sort(),
    );
    expect(
      allowedFor('http://my-web-server3').every(
        (r) => r.startsWith('agent.') || r.startsWith('interaction.'),
      ),
    ).toBe(true);
    expect(allowedFor('http://my-web-server3')).toContain('interaction.setUserData');
    expect(filterForOrigin(policy, 'http://my-web-server4')).toBeUndefined();
  });
  it('empty accepts nothing; * accepts any origin but not opaque ones', () => {
    expect(filterForOrigin(parseAcceptedOrigins(''), 'http://a')).toBeUndefined();
    expect(filterForOrigin(parseAcceptedOrigins(undefined), 'http://a')).toBeUndefined();
    expect(filterForOrigin(parseAcceptedOrigins('*'), 'https://anything.example')).toBeNull();
    expect(filterForOrigin(parseAcceptedOrigins('*'), 'null')).toBeUndefined();
  });
  it('auth.getJwtToken only when named explicitly', () => {
    expect(filterAllows(null, 'auth.getJwtToken')).toBe(false);
    expect(filterAllows(['*'], 'auth.getJwtToken')).toBe(false);
    expect(filterAllows(['auth.*'], 'auth.getJwtToken')).toBe(false);
    expect(filterAllows(['auth.getJwtToken'], 'auth.getJwtToken')).toBe(true);
    expect(filterAllows(['auth.*'], 'auth.getPureCloudToken')).toBe(true);
  });
});

describe('origins and filters on the wire', () => {
  it('server2: agent.* and voice.dial answered; other requests get no reply (client TIMEOUT)', async () => {
    t = createTestWorkspace({
      origin: 'http://my-web-server2',
      options: { [OPT]: FOUR_SERVERS },
      client: { timeoutMs: 50 },
    });
    await expect(t.client.agent.getState()).resolves.toMatchObject({ operationName: 'Ready' });
    await t.client.agent.setState('NotReady');
    await t.client.voice.dial('5001');
    await expect(t.client.interaction.getInteractions()).rejects.toMatchObject({ code: 'TIMEOUT' });
    await expect(t.client.voice.hangUp('1')).rejects.toMatchObject({ code: 'TIMEOUT' });
    expect(
      t.host
        .log()
        .filter((e) => e.outcome === 'refused-filter')
        .map((e) => e.request),
    ).toEqual(['interaction.getInteractions', 'voice.hangUp']);
    expect(t.workspace.getSnapshot().interactions[0]?.state).toBe('TALKING');
  });

  it('server3: interaction.* allowed, voice.dial not', async () => {
    t = createTestWorkspace({
      origin: 'http://my-web-server3',
      options: { [OPT]: FOUR_SERVERS },
      client: { timeoutMs: 50 },
    });
    await expect(t.client.interaction.getInteractions()).resolves.toEqual([]);
    await expect(t.client.voice.dial('5001')).rejects.toMatchObject({ code: 'TIMEOUT' });
  });

  it('a refused origin gets no reply at all, not even a frameId', async () => {
    t = createTestWorkspace({
      origin: 'http://my-web-server4',
      options: { [OPT]: FOUR_SERVERS },
      client: { timeoutMs: 50 },
    });
    await expect(t.client.agent.getState()).rejects.toMatchObject({ code: 'TIMEOUT' });
    expect(t.client.frameId).toBeUndefined();
    expect(t.host.log().every((e) => e.direction === 'in' && e.outcome === 'refused-origin')).toBe(
      true,
    );
  });

  it('an empty option accepts nothing', async () => {
    t = createTestWorkspace({ options: { [OPT]: '' }, client: { timeoutMs: 50 } });
    await expect(t.client.agent.get()).rejects.toMatchObject({ code: 'TIMEOUT' });
  });

  it("system.getAllowedServices is computed from the caller's filter", async () => {
    const options = {
      [OPT]:
        'http://a (agent.*, voice.dial, system.getAllowedServices), http://b (*), http://c (*, auth.getJwtToken)',
    };
    t = createTestWorkspace({ origin: 'http://a', options });
    expect((await t.client.system.getAllowedServices()).sort()).toEqual(
      [
        'agent.get',
        'agent.getState',
        'agent.getStateList',
        'agent.setState',
        'system.getAllowedServices',
        'voice.dial',
      ].sort(),
    );
    const b = rawFrame(t.host, 'http://b');
    expect(b.request('system.getAllowedServices')[0].data).not.toContain('auth.getJwtToken');
    expect(b.request('system.getAllowedServices')[0].data).toContain('outbound.setDoNotCall');
    expect(b.request('auth.getJwtToken')).toEqual([]);
    const c = rawFrame(t.host, 'http://c');
    expect(c.request('system.getAllowedServices')[0].data).toContain('auth.getJwtToken');
    expect(c.request('auth.getJwtToken')[0].data).toMatchObject({
      jwtToken: expect.any(String),
      expiration: '2024-01-01T10:00:00.000Z',
    });
  });

  it('restrictTabsToDial (off by default) gives a tab voice.dial only', async () => {
    t = createTestWorkspace({ host: { restrictTabsToDial: true }, client: { timeoutMs: 50 } });
    await t.client.voice.dial('5001');
    await expect(t.client.agent.getState()).rejects.toMatchObject({ code: 'TIMEOUT' });
    const popup = rawFrame(t.host, 'http://localhost', 'popup');
    expect(popup.request('agent.getState')[0].data.operationName).toBe('Ready');
  });

  it('setOptions changes the accepted origins live', async () => {
    t = createTestWorkspace({ client: { timeoutMs: 50 } });
    await t.client.agent.get();
    t.host.setOptions({ [OPT]: 'http://elsewhere' });
    await expect(t.client.agent.get()).rejects.toMatchObject({ code: 'TIMEOUT' });
    t.host.setOptions(`[interaction-workspace]\n${OPT}=*`);
    await expect(t.client.agent.get()).resolves.toMatchObject({ username: 'alex.agent' });
  });
});
