import { validateRecording } from '@wwe-kit/core/recording';
import { createTestWorkspace, type HostLogEntry } from '@wwe-kit/simulator';
import { describe, expect, it } from 'vitest';
import { exportFileName } from '../src/page/log-export';
import { hostRecording } from '../src/page/recording-export';

const entries: HostLogEntry[] = [
  {
    seq: 1,
    at: Date.UTC(2024, 0, 1, 9),
    direction: 'in',
    type: 'request',
    origin: 'http://crm',
    frameId: 'frame-1',
    request: 'interaction.setUserData',
    referenceId: 'r1',
    outcome: 'answered',
    message: {
      request: 'interaction.setUserData',
      parameters: ['1', { Note: 'secret' }],
      referenceId: 'r1',
    },
  },
  {
    seq: 2,
    at: Date.UTC(2024, 0, 1, 9),
    direction: 'out',
    type: 'reply',
    origin: 'http://crm',
    frameId: 'frame-1',
    referenceId: 'r1',
    message: { referenceId: 'r1' },
  },
];

describe('message log export', () => {
  it('names the file after the time', () => {
    expect(exportFileName(new Date('2024-01-01T09:00:00.123Z'))).toBe(
      'wwe-messages-2024-01-01T09-00-00-123Z.json',
    );
  });

  it('writes the recording format: the app’s messages out, the host’s in, user data masked', () => {
    const recording = hostRecording(entries, { workspaceOrigin: 'http://localhost:5170' });
    expect(validateRecording(recording)).toMatchObject({ ok: true });
    expect(recording.meta).toMatchObject({
      appUrl: 'http://crm',
      workspaceOrigin: 'http://localhost:5170',
      frameId: 'frame-1',
      source: '@wwe-kit/workspace',
      messageCount: 2,
    });
    expect(recording.messages).toEqual([
      {
        t: 0,
        dir: 'out',
        kind: 'request',
        message: {
          request: 'interaction.setUserData',
          parameters: ['1', { Note: '•••' }],
          referenceId: 'r1',
        },
      },
      { t: 0, dir: 'in', kind: 'reply', message: { referenceId: 'r1' } },
    ]);
  });
});

describe('a desktop session replays', () => {
  it('records a simulated session that replays against the same app with no divergence', async () => {
    const s = createTestWorkspace();
    const app = (client: typeof s.client) =>
      client.on('interaction', (e) => {
        if (e.eventType === 'ADDED') void client.voice.answer(e.interaction.interactionId);
        if (e.eventType === 'RELEASED')
          void client.interaction.markdone(e.interaction.interactionId);
      });
    app(s.client);
    await s.settled();
    const id = s.workspace.simulateInboundCall({ userData: { Secret: 'hunter2' } });
    await s.settled();
    s.workspace.customerHangUp(id);
    await s.settled();
    const recording = hostRecording(s.host.log(), { workspaceOrigin: 'http://localhost:5170' });
    s.dispose();
    expect(JSON.stringify(recording)).not.toMatch(/hunter2/);
    expect(recording.messages.map((m) => m.kind)).toContain('event');

    const t = createTestWorkspace({ replay: JSON.stringify(recording) });
    app(t.client);
    await t.runToEnd();
    expect(t.divergences).toEqual([]);
    expect(t.position.step).toBeGreaterThan(2);
    t.dispose();
  });
});
