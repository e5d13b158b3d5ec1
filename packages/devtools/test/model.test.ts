import { createWorkspaceClient } from '@wwe-kit/core';
import { createMemoryTransport } from '@wwe-kit/core/testing';
import { validateRecording } from '@wwe-kit/core/recording';
import { describe, expect, it } from 'vitest';
import { createModel } from '../src/model';

const flush = () => new Promise((r) => setTimeout(r, 0));

/** A client whose host answers every request with `data: 'ok'` (or stays silent for `silent`). */
function setup(silent = new Set<string>()) {
  const { transport, host } = createMemoryTransport();
  host.onMessage((m: any) => {
    if ('request' in m && !silent.has(m.request))
      host.post({
        referenceId: m.referenceId,
        data: 'ok',
        userAgent: 'WWE Server',
        protocolVersion: 2,
      });
  });
  return { client: createWorkspaceClient({ transport, timeoutMs: 20 }), host };
}

describe('the devtools model', () => {
  it('keeps a bounded timeline and counts what it dropped', async () => {
    const { client } = setup();
    const model = createModel(client, { maxTimelineEntries: 10 });
    await Promise.all(Array.from({ length: 25 }, () => client.agent.getState()));
    await flush();
    expect(model.entries).toHaveLength(10);
    expect(model.dropped).toBe(15);
    expect(model.entries.every((e) => e.state === 'ok' && e.duration !== undefined)).toBe(true);
    // The recording keeps every message (requests and replies), up to its own bound.
    expect(model.recordedCount).toBe(50);
    model.stop();
  });

  it('merges outcomes into their request: TIMEOUT with its hint, local refusals without a reference', async () => {
    const { client } = setup(new Set(['agent.get']));
    const model = createModel(client);
    await client.agent.get().catch(() => {});
    await client.dispose();
    await client.agent.getState().catch(() => {});
    await flush();
    const [timedOut, refused] = model.entries;
    expect(timedOut).toMatchObject({ name: 'agent.get', state: 'error', code: 'TIMEOUT' });
    expect(timedOut!.hint).toContain('accepted-web-content-origins');
    expect(refused).toMatchObject({
      name: 'agent.getState',
      state: 'error',
      code: 'DISPOSED',
    });
    expect(refused!.referenceId).toBeUndefined();
    model.stop();
  });

  it('exports a valid recording bounded by maxRecordedMessages, with the dropped count', async () => {
    const { client } = setup();
    const model = createModel(client, { maxRecordedMessages: 4 });
    for (let i = 0; i < 5; i++) await client.agent.getState();
    const recording = model.recording({ workspaceOrigin: 'https://wwe.example.com' });
    expect(validateRecording(recording)).toMatchObject({ ok: true });
    expect(recording.meta).toMatchObject({ messageCount: 4, dropped: 6 });
    model.stop();
  });

  it('a listener that throws is reported in errors, never thrown into the app', async () => {
    const { client } = setup();
    const model = createModel(client);
    model.onChange(() => {
      throw new Error('panel bug');
    });
    await expect(client.agent.getState()).resolves.toBe('ok');
    await flush();
    expect(model.errors.some((e) => e.includes('panel bug'))).toBe(true);
    model.stop();
  });
});
