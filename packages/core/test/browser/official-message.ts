import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** What the test host page (`pages/host.ts`) has received: `{ from, origin, data }` per message. */
export const received = (page: Page) =>
  page.evaluate(() => (window as any).host.received() as any[]);

/**
 * Asserts that a message the host received is exactly what Genesys's client posts for
 * `agent.getState`, from the client frame and its real origin.
 */
export function expectOfficialGetState(m: any, clientOrigin: string) {
  expect(m.from).toBe('client');
  expect(m.origin).toBe(clientOrigin);
  expect(Object.keys(m.data).sort()).toEqual([
    'protocolVersion',
    'referenceId',
    'request',
    'userAgent',
  ]);
  expect(m.data).toEqual({
    request: 'agent.getState',
    referenceId: expect.any(String),
    userAgent: 'WWE Client',
    protocolVersion: 2,
  });
}
