import { expect, test } from 'vitest';
import { fakeHost, flush } from './fake-host';
import { workspaceStores } from '../src/index';

test('request round trip and store', async () => {
  const h = fakeHost((m) => {
    if (m.request === 'agent.get') return { data: { username: 'jdoe' } };
    if (m.request === 'agent.getState') return { data: { operationName: 'Ready', state: 'READY' } };
    if (m.request === 'agent.getStateList') return { data: [{ operationName: 'Ready', state: 'READY' }] };
    return { data: null };
  });
  expect(await h.client.agent.get()).toEqual({ username: 'jdoe' });
  const stores = workspaceStores(h.client);
  const seen: string[] = [];
  const off = stores.agent.subscribe((s) => seen.push(s.status));
  await flush();
  expect(stores.agent.get().status).toBe('ready');
  off();
  expect(seen).toEqual(['ready']);
});
