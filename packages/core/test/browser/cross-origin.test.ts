/**
 * Real-browser test of the window transport across sites: a host page on `localhost` embeds
 * the client on `127.0.0.1` (a different site, so a different renderer process in Chromium),
 * and a foreign page on `127.0.0.2` tries to forge replies and events.
 */
import { expect, test } from 'vitest';
import { expectOfficialGetState, received } from './official-message';
import { useTestPages } from './test-pages';

const pages = useTestPages();
const { openHost } = pages;

test('round trip: exact request fields, real event.origin, host answer resolves', async () => {
  const { page, frame } = await openHost({
    client: `${pages.served.client}/client.html?host=${pages.served.host}`,
  });
  try {
    const state = await frame('client').evaluate(() => (window as any).client.agent.getState());
    expect(state).toEqual({ operationName: 'Ready' });

    const got = await received(page);
    expect(got).toHaveLength(1);
    const [m] = got;
    expectOfficialGetState(m, pages.served.client);
    expect(m.data).not.toHaveProperty('parameters');
    const stats = await frame('client').evaluate(() => (window as any).client.stats());
    expect(stats).toMatchObject({ sent: 1, received: 1, dropped: 0, pending: 0 });
  } finally {
    await page.close();
  }
});

test('exact target origin: a client configured with another host origin sends nothing and says ORIGIN_MISMATCH at once', async () => {
  const { page, frame } = await openHost({
    client: `${pages.served.client}/client.html?host=${pages.served.other}`,
  });
  try {
    const error = await frame('client').evaluate(() =>
      (window as any).client.agent.getState().then(
        () => null,
        (e: any) => ({ name: e.name, code: e.code, request: e.request }),
      ),
    );
    expect(error).toEqual({
      name: 'WorkspaceError',
      code: 'ORIGIN_MISMATCH',
      request: 'agent.getState',
    });
    // Chromium tells the parent's origin (location.ancestorOrigins): nothing was even posted.
    expect(await received(page)).toEqual([]);
    const stats = await frame('client').evaluate(() => (window as any).client.stats());
    expect(stats).toMatchObject({ sent: 0, received: 0, pending: 0 });
  } finally {
    await page.close();
  }
});

test('a third site cannot forge a reply or an event; the real answer and events still arrive', async () => {
  const { page, frame } = await openHost({
    client: `${pages.served.client}/client.html?host=${pages.served.host}`,
    forger: `${pages.served.other}/forger.html`,
  });
  try {
    const client = frame('client');
    // Subscribe first, so a forged 'agent' event would reach the handler if it were accepted.
    await client.evaluate(() => (window as any).listen('agent'));
    await expect.poll(async () => (await received(page)).length).toBe(1);
    await expect.poll(() => client.evaluate(() => (window as any).client.stats().received)).toBe(1);

    await page.evaluate(() => (window as any).host.setReplyDelay(600));
    await client.evaluate(() => {
      (window as any).pendingState = (window as any).client.agent.getState();
    });
    await expect.poll(async () => (await received(page)).length).toBe(2);
    const request = (await received(page))[1];
    expect(request.data.request).toBe('agent.getState');

    // The forger posts a reply carrying the pending referenceId, and an 'agent' event.
    const posted = await frame('forger').evaluate(
      (id) => (window as any).forge(id, 'agent'),
      request.data.referenceId,
    );
    expect(posted).toBe(2);

    // The forged messages are dropped before the host's real answer lands.
    await expect
      .poll(() => client.evaluate(() => (window as any).client.stats().droppedBy.source))
      .toBe(2);
    expect(await client.evaluate(() => (window as any).client.stats().pending)).toBe(1);
    expect(await client.evaluate(() => (window as any).pendingState)).toEqual({
      operationName: 'Ready',
    });

    // Real events from the host arrive; the forged one never did.
    await page.evaluate(
      (origin) =>
        (window as any).host.push('client', origin, 'agent', { eventType: 'StateChanged' }),
      pages.served.client,
    );
    await expect.poll(() => client.evaluate(() => (window as any).events.length)).toBe(1);
    expect(await client.evaluate(() => (window as any).events)).toEqual([
      { topic: 'agent', data: { eventType: 'StateChanged' } },
    ]);
    const stats = await client.evaluate(() => (window as any).client.stats());
    expect(stats).toMatchObject({ dropped: 2, droppedBy: { source: 2 }, pending: 0 });
    // The forger's messages reached only the client, never the host.
    expect(
      (await received(page)).every((m) => m.from === 'client' && m.origin === pages.served.client),
    ).toBe(true);
  } finally {
    await page.close();
  }
});
