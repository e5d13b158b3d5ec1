import { describe, expect, test } from 'vitest';
import { connectWorkspace } from '../src/index';

/** A window as `connectWorkspace` reads it: location, referrer, parent and opener. */
function fakeWindow(href: string, { framed = false, referrer = '' } = {}): Window {
  const w: any = {
    location: new URL(href),
    document: { referrer },
    opener: null,
    addEventListener() {},
    removeEventListener() {},
  };
  w.parent = framed ? { postMessage() {} } : w;
  return w as Window;
}

describe('connectWorkspace', () => {
  test('not embedded: an in-page simulated Workspace with the given security options', async () => {
    const c = connectWorkspace({
      window: fakeWindow('http://localhost:5173/'),
      options: { 'service-client-api.user-data.write-allowed': 'Note' },
    });
    expect(c.mode).toBe('standalone');
    const id = c.workspace!.simulateInboundCall({ ani: '1' });
    await expect(c.client.interaction.setUserData(id, { Secret: 'x' })).rejects.toMatchObject({
      code: 'HOST_ERROR',
    });
    await expect(c.client.interaction.setUserData(id, { Note: 'x' })).resolves.toBeUndefined();
    c.dispose();
  });

  test('framed with ?wweOrigin=: a real client of that exact origin', () => {
    const c = connectWorkspace({
      window: fakeWindow('http://localhost:5173/?wweOrigin=https://wwe.example.com', {
        framed: true,
      }),
    });
    expect(c).toMatchObject({ mode: 'embedded', hostOrigin: 'https://wwe.example.com' });
    expect(c.workspace).toBeUndefined();
    c.dispose();
  });

  test('framed: the origin falls back to the referrer; with neither, standalone', () => {
    const fromReferrer = connectWorkspace({
      window: fakeWindow('http://localhost:5173/', {
        framed: true,
        referrer: 'https://wwe.example.com/ui/ad/v1/index.html',
      }),
    });
    expect(fromReferrer).toMatchObject({ mode: 'embedded', hostOrigin: 'https://wwe.example.com' });
    fromReferrer.dispose();
    const unknown = connectWorkspace({
      window: fakeWindow('http://localhost:5173/', { framed: true }),
    });
    expect(unknown.mode).toBe('standalone');
    unknown.dispose();
  });
});
