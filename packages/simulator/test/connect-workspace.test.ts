import { describe, expect, test, vi } from 'vitest';
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

  /** A framed page whose Workspace (its parent) answers every request, or never does. */
  function embedded(answers: boolean): Window {
    const w: any = new EventTarget();
    Object.assign(w, {
      location: new URL('http://localhost:5173/?wweOrigin=https://wwe.example.com'),
      document: { referrer: '' },
      opener: null,
    });
    w.parent = {
      postMessage(m: any) {
        if (!answers || !m.request) return;
        const reply = {
          referenceId: m.referenceId,
          data: [],
          userAgent: 'WWE Server',
          protocolVersion: 2,
        };
        setTimeout(() =>
          w.dispatchEvent(
            Object.assign(new Event('message'), {
              data: reply,
              origin: 'https://wwe.example.com',
              source: w.parent,
            }),
          ),
        );
      },
    };
    return w as Window;
  }

  test('status: connected once Workspace answers the probe', async () => {
    const c = connectWorkspace({ window: embedded(true), silentAfterMs: 10_000 });
    expect(c.status.get()).toBe('connecting');
    const seen: string[] = [];
    c.status.subscribe((s) => seen.push(s));
    await vi.waitFor(() => expect(c.status.get()).toBe('connected'));
    expect(seen).toEqual(['connected']);
    c.dispose();
  });

  test('status: silent when Workspace never answers (origin not accepted), and dispose ends the probe', async () => {
    const c = connectWorkspace({ window: embedded(false), silentAfterMs: 20 });
    expect(c.status.get()).toBe('connecting');
    await vi.waitFor(() => expect(c.status.get()).toBe('silent'));
    expect(c.client.stats().pending).toBe(1);
    c.dispose();
    expect(c.client.stats().pending).toBe(0);
  });

  test('status: always connected to the in-page simulation', () => {
    const c = connectWorkspace({ window: fakeWindow('http://localhost:5173/') });
    expect(c.status.get()).toBe('connected');
    c.dispose();
  });
});
