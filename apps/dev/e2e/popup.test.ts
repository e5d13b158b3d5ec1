// The React sample opened by the host page as a popup window: it talks through window.opener.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { react } from './apps';
import { setup, type E2E } from './fixture';
import { agentStateFlow, connected, inboundCallFlow } from './flows';

let e2e: E2E;
beforeAll(async () => {
  e2e = await setup('react-sample');
}, 60_000);
afterAll(() => e2e?.close());

test('react-sample as a popup window: agent state both ways, an inbound call handled from the popup', async () => {
  const { page, popup } = await e2e.openWithPopup();
  expect(new URL(popup.url()).origin).toBe(e2e.appOrigin);
  await connected(popup);
  const kinds = await page.evaluate(() =>
    (window as unknown as { wwe: { host: { frames(): { kind: string }[] } } }).wwe.host
      .frames()
      .map((f) => f.kind),
  );
  expect(kinds).toEqual(['popup']);
  await agentStateFlow(react, page, popup);
  await inboundCallFlow(react, page, popup);
});
