import { validateRecording } from '@wwe-kit/core/recording';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, recordingFromHostLog, type TestWorkspace } from '../src';

let t: TestWorkspace;
afterEach(() => t?.dispose());

describe('recordingFromHostLog', () => {
  it("writes the app's side of the session in the devtools' recording format, user data masked, no JWT", async () => {
    t = createTestWorkspace();
    t.client.on('interaction', () => {});
    await t.settled();
    const id = t.workspace.simulateInboundCall({
      ani: '5551234',
      userData: { Segment: 'gold-secret' },
    });
    await t.client.interaction.setUserData(id, { Note: 'private-note' });
    const token = await t.client.auth.getJwtToken();
    await t.settled();
    const frameId = t.host.frames()[0]!.frameId;
    const recording = recordingFromHostLog(t.host.log(), {
      frameId,
      appUrl: 'http://localhost/app/?session=1',
      workspaceOrigin: 'http://workspace',
    });
    const result = validateRecording(JSON.parse(JSON.stringify(recording)));
    expect(result).toMatchObject({ ok: true });
    expect(recording.meta).toMatchObject({
      source: '@wwe-kit/simulator',
      appUrl: 'http://localhost/app/',
      frameId,
      workspaceOrigin: 'http://workspace',
    });
    // Seen from the app: its requests go out, Workspace's replies and events come in.
    const kinds = recording.messages.map((m) => `${m.dir} ${m.kind}`);
    expect(kinds).toEqual(
      expect.arrayContaining(['out subscribe', 'in reply', 'out request', 'in event']),
    );
    const text = JSON.stringify(recording);
    expect(text).not.toContain('gold-secret');
    expect(text).not.toContain('private-note');
    const { jwtToken } = token as { jwtToken: string };
    expect(jwtToken.length).toBeGreaterThan(20);
    expect(text).not.toContain(jwtToken);
    expect(
      JSON.stringify(
        recordingFromHostLog(t.host.log(), {
          frameId,
          appUrl: '',
          workspaceOrigin: null,
          keep: ['Note'],
        }),
      ),
    ).toContain('private-note');
  });
});
