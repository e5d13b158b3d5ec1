// The recording of the replay recipe (tests/consumer/recipes/replay/session.json, shown by the
// guide "Turning a production session into a test"): a session of the built React sample in the
// Workspace page, exported with the page's "Export JSON". The host rings an inbound call, the
// agent answers it in the sample, saves a note in its attached data, the customer hangs up
// (host side), the agent marks it done. Each run exports it again and compares it with the
// committed file on what the replay matches (each message's direction, kind, request or event and
// their parameters or data, less what varies between runs); `WWE_RECORD=1` writes the file instead.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { validateRecording, type Recording } from '@wwe-kit/core/recording';
import { react } from './apps';
import { appFrame, expectText, setup, type E2E } from './fixture';
import { connected, host } from './flows';

const SESSION = fileURLToPath(
  new URL('../../../tests/consumer/recipes/replay/session.json', import.meta.url),
);
const RERECORD =
  'Re-record it (the React sample changed?): WWE_RECORD=1 pnpm --filter dev exec vitest run ' +
  'e2e/replay-session.test.ts, then check the diff of tests/consumer/recipes/replay/session.json ' +
  'and the guide apps/docs/guide/replay.md (the message index and time it quotes).';

/** Keys whose values differ from one run to the next: reference ids, times, random ids. */
const VARYING = new Set([
  'referenceId',
  'subscriptionId',
  'startDate',
  'endDate',
  'date',
  'timestamp',
  'caseId',
  'bundleId',
  'callUuid',
  'IW_CaseUid',
  'IW_BundleUid',
]);
const stable = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(stable)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.entries(v)
            .filter(([k]) => !VARYING.has(k))
            .map(([k, x]) => [k, stable(x)]),
        )
      : v;

/** What the replay matches, one line per message: direction, kind, name, then the rest. */
const summary = (r: Recording): string[] =>
  r.messages.map((m) => {
    const { request, event, parameters, data, ...rest } = m.message as Record<string, unknown>;
    const eventType = (data as { eventType?: unknown } | undefined)?.eventType;
    const name = [request ?? event, eventType].filter(Boolean).join(' ');
    const body = stable({ parameters, data, ...rest });
    return `${m.dir} ${m.kind} ${name} ${JSON.stringify(body)}`;
  });

let e2e: E2E;
beforeAll(async () => {
  e2e = await setup(react.name);
}, 60_000);
afterAll(() => e2e?.close());

test('the replay recipe’s session.json is what Export JSON gives for the React sample’s flow', async () => {
  const { page } = await e2e.open('tab');
  const app = appFrame(page);
  await connected(app);

  // The customer calls: the sample selects the new call.
  await host.simulateCall(page, '5551234');
  await expectText(react.interactionState(app), 'RINGING');
  await app.getByRole('button', { name: 'Answer', exact: true }).click();
  await expectText(react.interactionState(app), 'TALKING');
  await react.setUserData(app, 'Notes', 'Wants a callback');
  await expectText(app.getByTestId('userdata-saved'), 'Saved');
  await expectText(host.userData(page, '1', 'Notes'), 'Wants a callback');
  // The customer hangs up (host side); the agent marks the call done in the sample.
  await host.interaction(page, '1').getByRole('button', { name: 'Customer hangs up' }).click();
  await expectText(react.interactionState(app), 'RELEASED');
  await app.getByRole('button', { name: 'Mark done', exact: true }).click();
  await expectText(app.getByRole('region', { name: 'Interactions' }), /No live interaction/);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-log').click(),
  ]);
  const text = readFileSync((await download.path())!, 'utf8');
  const checked = validateRecording(text);
  if (!checked.ok) throw new Error(`Export JSON: ${checked.path}: ${checked.message}`);
  if (process.env.WWE_RECORD) {
    writeFileSync(SESSION, text.endsWith('\n') ? text : `${text}\n`);
    console.log(`[record] ${SESSION}: ${checked.recording.messages.length} messages`);
    return;
  }
  const committed = validateRecording(readFileSync(SESSION, 'utf8'));
  if (!committed.ok) throw new Error(`${SESSION}: ${committed.message}. ${RERECORD}`);
  expect(summary(checked.recording), RERECORD).toEqual(summary(committed.recording));
});
