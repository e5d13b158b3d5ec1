import { describe, expect, it } from 'vitest';
import { createTestWorkspace } from '../src';

describe('createTestWorkspace', () => {
  it('answers a request and delivers events through a core client', async () => {
    const t = createTestWorkspace();
    const seen: string[] = [];
    t.client.on('interaction', (e) => seen.push(e.eventType));
    const state = await t.client.agent.getState();
    expect(state.operationName).toBe('Ready');
    const id = t.workspace.simulateInboundCall({ ani: '5551234' });
    await t.client.voice.answer(id);
    expect(seen).toEqual(['ADDED', 'RINGING', 'ESTABLISHED']);
    expect(t.client.frameId).toBe('frame-1');
    t.dispose();
  });
});
