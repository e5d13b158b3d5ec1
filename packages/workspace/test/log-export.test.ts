import type { HostLogEntry } from '@wwe-kit/simulator';
import { describe, expect, it } from 'vitest';
import { exportFileName, exportLog } from '../src/page/log-export';

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
    message: { request: 'interaction.setUserData', parameters: ['1', { Note: 'secret' }] },
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

  it('lists every message, user data masked unless revealed, with the notices', () => {
    const o = {
      frameName: (e: HostLogEntry) => `${e.frameId} CRM`,
      exportedAt: Date.UTC(2024, 0, 1, 10),
      notices: [{ at: Date.UTC(2024, 0, 1, 9), text: 'View CRM: unknown field code $X.Y$' }],
    };
    const masked = exportLog(entries, { ...o, reveal: false });
    expect(masked).toMatchObject({
      exportedAt: '2024-01-01T10:00:00.000Z',
      userData: 'masked',
      count: 2,
      notices: [{ at: '2024-01-01T09:00:00.000Z', text: 'View CRM: unknown field code $X.Y$' }],
    });
    expect(masked.messages[0]).toEqual({
      seq: 1,
      at: '2024-01-01T09:00:00.000Z',
      direction: 'in',
      type: 'request',
      frame: 'frame-1 CRM',
      frameId: 'frame-1',
      origin: 'http://crm',
      request: 'interaction.setUserData',
      referenceId: 'r1',
      outcome: 'answered',
      message: { request: 'interaction.setUserData', parameters: ['1', { Note: '•••' }] },
    });
    expect(masked.messages[1]).not.toHaveProperty('outcome');
    const revealed = exportLog(entries, { ...o, reveal: true });
    expect(revealed.userData).toBe('revealed');
    expect(revealed.messages[0]?.message).toEqual(entries[0]!.message);
    expect(JSON.parse(JSON.stringify(masked))).toEqual(masked);
  });
});
