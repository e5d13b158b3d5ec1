import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MASKED,
  RECORDING_FORMAT,
  RECORDING_VERSION,
  WWE_KIT_VERSION,
  createRecorder,
  maskMessage,
  serializeRecording,
  validateRecording,
  type Recording,
} from '../src/recording';

const envelope = { userAgent: 'WWE Client', protocolVersion: 2 };
const server = { userAgent: 'WWE Server', protocolVersion: 2 };
const JWT_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZ2VudCJ9.c2lnbmF0dXJl';

/** A small session: subscribe, a request and its reply, an event with user data, a JWT. */
function session(): Recording {
  let clock = 1_700_000_000_000;
  const recorder = createRecorder({
    appUrl: 'https://crm.example.com/app/?token=secret#x',
    now: () => clock,
    source: 'test',
  });
  recorder.add('out', { event: 'subscribe', data: ['interaction'], referenceId: '1', ...envelope });
  clock += 3;
  recorder.add('in', { referenceId: '1', subscriptionId: 's1', ...server });
  recorder.add('out', {
    request: 'interaction.setUserData',
    parameters: ['7', { Segment: 'gold' }],
    referenceId: '2',
    ...envelope,
  });
  clock += 5;
  recorder.add('in', { referenceId: '2', ...server });
  recorder.add('in', {
    event: 'interaction',
    data: {
      eventType: 'ADDED',
      interaction: { interactionId: '7', userData: { Segment: 'gold', Account: '42' } },
    },
    ...server,
  });
  recorder.add('out', { request: 'auth.getJwtToken', referenceId: '3', ...envelope });
  clock += 2;
  recorder.add('in', { referenceId: '3', data: JWT_TOKEN, ...server });
  return recorder.recording({ workspaceOrigin: 'https://wwe.example.com', frameId: 'f1' });
}

describe('createRecorder', () => {
  it('writes a recording the validator accepts, with metadata and relative times', () => {
    const r = session();
    expect(validateRecording(r)).toEqual({ ok: true, recording: r });
    expect(r.format).toBe(RECORDING_FORMAT);
    expect(r.version).toBe(RECORDING_VERSION);
    expect(r.meta).toMatchObject({
      wweKitVersion: WWE_KIT_VERSION,
      appUrl: 'https://crm.example.com/app/',
      workspaceOrigin: 'https://wwe.example.com',
      startedAt: new Date(1_700_000_000_000).toISOString(),
      frameId: 'f1',
      masking: { mode: 'user-data', kept: [] },
      messageCount: 7,
      dropped: 0,
    });
    expect(r.messages.map((m) => [m.t, m.dir, m.kind])).toEqual([
      [0, 'out', 'subscribe'],
      [3, 'in', 'reply'],
      [3, 'out', 'request'],
      [8, 'in', 'reply'],
      [8, 'in', 'event'],
      [8, 'out', 'request'],
      [10, 'in', 'reply'],
    ]);
  });

  it('masks user data (keys kept) and never records a JWT', () => {
    const text = JSON.stringify(session());
    expect(text).not.toContain('gold');
    expect(text).not.toContain(JWT_TOKEN);
    expect(text).not.toContain('secret');
    const r = session();
    expect(r.messages[2]!.message).toMatchObject({ parameters: ['7', { Segment: MASKED }] });
    expect(r.messages[4]!.message).toMatchObject({
      data: {
        eventType: 'ADDED',
        interaction: { interactionId: '7', userData: { Segment: MASKED, Account: MASKED } },
      },
    });
    expect(r.messages[6]!.message).toMatchObject({ data: MASKED });
  });

  it('keeps listed keys in clear, but never a JWT', () => {
    const recorder = createRecorder({ keep: ['Segment', 'data'] });
    recorder.add('out', { request: 'auth.getJwtToken', referenceId: '1', ...envelope });
    recorder.add('in', { referenceId: '1', data: JWT_TOKEN, ...server });
    recorder.add('in', {
      event: 'interaction',
      data: { userData: { Segment: 'gold', Account: '42' } },
      ...server,
    });
    const text = JSON.stringify(recorder.recording());
    expect(text).not.toContain(JWT_TOKEN);
    expect(text).toContain('"Segment":"gold"');
    expect(text).not.toContain('"42"');
  });

  it('keeps at most maxMessages, counting the dropped ones', () => {
    const recorder = createRecorder({ maxMessages: 3 });
    for (let i = 0; i < 10; i++)
      recorder.add('out', { request: 'agent.getState', referenceId: String(i), ...envelope });
    const r = recorder.recording();
    expect(r.meta).toMatchObject({ messageCount: 3, dropped: 7 });
    expect(r.messages.map((m) => (m.message as { referenceId: string }).referenceId)).toEqual([
      '7',
      '8',
      '9',
    ]);
    expect(validateRecording(r).ok).toBe(true);
  });
});

describe('maskMessage', () => {
  it('masks every payload value in mode all, the envelope and kept keys excepted', () => {
    expect(
      maskMessage(
        {
          event: 'agent',
          data: { eventType: 'STATE_CHANGED', agent: { userName: 'jo', state: 3 } },
          ...server,
        },
        { mode: 'all', keep: ['eventType'] },
      ),
    ).toEqual({
      event: 'agent',
      data: { eventType: 'STATE_CHANGED', agent: { userName: MASKED, state: MASKED } },
      ...server,
    });
  });
  it('does not change its input', () => {
    const m = {
      request: 'interaction.setUserData',
      parameters: ['1', { K: 'v' }],
      referenceId: '1',
    };
    maskMessage(m);
    expect(m.parameters[1]).toEqual({ K: 'v' });
  });
});

describe('serializeRecording', () => {
  it('chunks join to JSON.stringify of the recording', () => {
    const r = session();
    expect([...serializeRecording(r, 2)].join('')).toBe(JSON.stringify(r));
    const empty = { ...r, messages: [], meta: { ...r.meta, messageCount: 0 } };
    expect(JSON.parse([...serializeRecording(empty)].join(''))).toEqual(empty);
  });
});

describe('validateRecording', () => {
  const text = () => JSON.stringify(session());
  const edit = (f: (r: any) => void) => {
    const r = JSON.parse(text());
    f(r);
    return validateRecording(r);
  };

  it('accepts the text of a recording', () => {
    expect(validateRecording(text())).toMatchObject({ ok: true });
  });

  it('refuses a truncated file', () => {
    const t = text();
    expect(validateRecording(t.slice(0, t.length / 2))).toMatchObject({
      ok: false,
      path: '$',
      message: expect.stringMatching(/not JSON/),
    });
  });

  it('refuses a message list cut short (messageCount)', () => {
    expect(edit((r) => r.messages.pop())).toEqual({
      ok: false,
      path: '$.messages',
      message: 'expected 7 messages (meta.messageCount), found 6: truncated or edited?',
    });
  });

  it('refuses a newer version, naming both versions', () => {
    const result = edit((r) => (r.version = 2));
    expect(result).toMatchObject({ ok: false, path: '$.version' });
    expect(!result.ok && result.message).toMatch(/version 2, newer than .*: 1/);
  });

  it('refuses another format', () => {
    expect(validateRecording({ messages: [] })).toMatchObject({ ok: false, path: '$.format' });
    expect(validateRecording(null)).toMatchObject({ ok: false, path: '$' });
    expect(validateRecording([])).toMatchObject({ ok: false, path: '$' });
  });

  it.each([
    ['$.meta.appUrl', (r: any) => (r.meta.appUrl = 'https://x/?q=1')],
    ['$.meta.startedAt', (r: any) => (r.meta.startedAt = 'yesterday')],
    ['$.meta.masking.mode', (r: any) => (r.meta.masking.mode = 'none')],
    ['$.meta.workspaceOrigin', (r: any) => (r.meta.workspaceOrigin = 3)],
    ['$.messages[2].t', (r: any) => (r.messages[2].t = -1)],
    ['$.messages[4].t', (r: any) => (r.messages[4].t = 1)],
    ['$.messages[1].dir', (r: any) => (r.messages[1].dir = 'up')],
    ['$.messages[1].kind', (r: any) => (r.messages[1].kind = 'request')],
    ['$.messages[4].message', (r: any) => (r.messages[4].kind = 'reply')],
    ['$.messages[2].message', (r: any) => delete r.messages[2].message.request],
    ['$.messages[2].message.referenceId', (r: any) => (r.messages[2].message.referenceId = 2)],
    ['$.messages[2].message.parameters', (r: any) => (r.messages[2].message.parameters = 'x')],
    ['$.messages[3]', (r: any) => (r.messages[3] = 'hello')],
  ])('refuses a hand-edited recording at %s', (path, f) => {
    expect(edit(f)).toMatchObject({ ok: false, path });
  });

  it('never throws, whatever it is given', () => {
    const hostile = {
      get format() {
        throw new Error('boom');
      },
    };
    expect(validateRecording(hostile)).toMatchObject({ ok: false, path: '$' });
  });
});

describe('recording.schema.json', () => {
  const schema = JSON.parse(
    readFileSync(new URL('../recording.schema.json', import.meta.url), 'utf8'),
  );
  it('names the same format, version and kinds as the validator', () => {
    expect(schema.properties.format.const).toBe(RECORDING_FORMAT);
    expect(schema.properties.version.const).toBe(RECORDING_VERSION);
    const r = session();
    for (const m of r.messages)
      expect(schema.properties.messages.items.properties.kind.enum).toContain(m.kind);
    expect(Object.keys(r.meta).filter((k) => !schema.properties.meta.properties[k])).toEqual([]);
    expect(schema.properties.meta.required.filter((k: string) => !(k in r.meta))).toEqual([]);
  });
});

describe('maskMessage mode none', () => {
  it('shows every value but a JWT', () => {
    expect(
      maskMessage(
        {
          event: 'interaction',
          data: { token: JWT_TOKEN, userData: { Segment: 'gold' } },
          ...server,
        },
        { mode: 'none' },
      ),
    ).toEqual({
      event: 'interaction',
      data: { token: MASKED, userData: { Segment: 'gold' } },
      ...server,
    });
  });
});
