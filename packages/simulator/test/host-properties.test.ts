import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createManualClock, createSimulatedWorkspace, createWorkspaceHost } from '../src';
import { filterAllows, filterForOrigin, parseAcceptedOrigins } from '@wwe-kit/core/internal';
import { eventReadRequest } from '../src/host/event-access';
import { rawFrame } from './helpers';

const ORIGINS = ['http://a', 'http://b', 'http://c'];
const KEYS = ['K1', 'K2', 'K3', 'K4'];
const PATTERNS = [
  '*',
  'agent.*',
  'interaction.*',
  'voice.dial',
  'interaction.getInteractions',
  'interaction.setUserData',
  'messenger.*',
  'email.create',
  'configuration.*',
];
const id = fc.constantFrom('1', '2', '3');
/** User data whose values name their key, so that a leak of an unreadable key can be spotted. */
const userData = fc.subarray(KEYS).map((ks) => Object.fromEntries(ks.map((k) => [k, `${k}=w`])));
const target = fc.constantFrom('SIP_5002', '5003');

const requestArb = fc.oneof(
  fc
    .constantFrom('agent.get', 'agent.getState', 'interaction.getInteractions', 'made.up')
    .map((name) => ({ name, params: [] as unknown[] })),
  fc
    .tuple(
      fc.constantFrom(
        'interaction.getByInteractionId',
        'voice.answer',
        'voice.hold',
        'interaction.completeConference',
        'interaction.completeTransfer',
        'interaction.markdone',
      ),
      id,
    )
    .map(([name, i]) => ({ name, params: [i] })),
  fc.tuple(id, userData).map(([i, u]) => ({ name: 'interaction.setUserData', params: [i, u] })),
  fc
    .tuple(id, fc.constantFrom(...KEYS))
    .map(([i, k]) => ({ name: 'interaction.deleteUserData', params: [i, k] })),
  fc
    .tuple(
      fc.constantFrom(
        'interaction.singleStepTransfer',
        'interaction.singleStepConference',
        'interaction.consult',
      ),
      id,
      target,
      userData,
    )
    .map(([name, i, t, u]) => ({ name, params: [i, t, u, null] })),
  fc
    .tuple(fc.constantFrom('voice.dial', 'voice.dialEx', 'email.create'), userData)
    .map(([name, u]) => ({ name, params: ['5001', u, null] })),
  fc
    .tuple(fc.subarray(KEYS, { minLength: 1 }), id)
    .map(([ks, i]) => ({ name: 'configuration.getContextualOption', params: [ks, i] })),
  fc.constant({ name: 'messenger.broadcastMessage', params: ['crm', { hi: 1 }] as unknown[] }),
);
const frame = fc.nat(ORIGINS.length - 1);
const action = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant('request' as const), frame, req: requestArb }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('subscribe' as const),
      frame,
      topics: fc.subarray(['agent', 'interaction', 'media', 'markdone', 'messenger:crm']),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('raw' as const),
      frame,
      message: fc.oneof(
        fc.anything(),
        fc.record({ event: fc.constant('unsubscribe'), data: fc.anything() }),
        fc.record({ request: fc.string(), referenceId: fc.anything(), parameters: fc.anything() }),
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('advance' as const),
      ms: fc.constantFrom(0, 1, 999, 10_000, 29_999, 30_000, 59_999, 60_000),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('call' as const), answer: fc.boolean() }) },
);
const keyList = fc.oneof(
  fc.constant('*'),
  fc.subarray(KEYS).map((ks) => ks.join(',')),
);
const optionsArb = fc.record({
  origins: fc.tuple(
    ...ORIGINS.map(() =>
      fc.oneof(
        fc.constant<null | undefined | string[]>(undefined),
        fc.constant(null),
        fc.subarray(PATTERNS, { minLength: 1 }),
      ),
    ),
  ),
  read: keyList,
  write: keyList,
  global: fc.nat(5),
  dial: fc.nat(3),
  get: fc.nat(3),
  quarantine: fc.constantFrom(0, 1, 30, 90),
  writeNew: fc.boolean(),
  events: fc.boolean(),
});

const PASSED = new Set(['answered', 'error', 'forbidden-key', 'dropped']);

/** Fixed one-minute windows, each opened by the first request it counts: at most `limit` in each. */
function windowsRespect(times: number[], limit: number): boolean {
  let start = -Infinity;
  let count = 0;
  for (const t of times) {
    if (t - start >= 60_000) [start, count] = [t, 0];
    if (++count > limit) return false;
  }
  return true;
}

const userDataOf = (ws: ReturnType<typeof createSimulatedWorkspace>) =>
  new Map(ws.getSnapshot().interactions.map((i) => [i.interactionId, { ...i.userData }]));

describe('host properties', () => {
  it('any requests from several origins under any options: the options hold and nothing throws', () => {
    fc.assert(
      fc.property(optionsArb, fc.array(action, { maxLength: 60 }), (o, actions) => {
        const accepted = ORIGINS.flatMap((origin, n) => {
          const f = o.origins[n];
          return f === undefined ? [] : [f === null ? origin : `${origin} (${f.join(', ')})`];
        }).join(', ');
        const options = {
          'service-client-api.accepted-web-content-origins': accepted,
          'service-client-api.user-data.read-allowed': o.read,
          'service-client-api.user-data.write-allowed': o.write,
          'service-client-api.rate-limit': String(o.global),
          'service-client-api.rate-limit.voice.dial': String(o.dial),
          'service-client-api.rate-limit.agent.get': String(o.get),
          'service-client-api.rate-limit-quarantine-delay': String(o.quarantine),
          ...Object.fromEntries(KEYS.map((k) => [k, 'option'])),
        };
        const clock = createManualClock();
        const workspace = createSimulatedWorkspace({ now: clock.now });
        const host = createWorkspaceHost({
          workspace,
          now: clock.now,
          options,
          writeListOnNewInteractions: o.writeNew,
          eventsByRequestFilter: o.events,
        });
        const frames = ORIGINS.map((origin) => rawFrame(host, origin));
        const policy = parseAcceptedOrigins(accepted);
        const readable = o.read === '*' ? null : new Set(o.read.split(',').filter(Boolean));
        const writable = o.write === '*' ? null : new Set(o.write.split(',').filter(Boolean));
        const mayWrite = (k: string) => writable === null || writable.has(k) || k.startsWith('IW_');

        for (const a of actions) {
          if (a.kind === 'advance') clock.advance(a.ms);
          else if (a.kind === 'call') {
            const call = workspace.simulateInboundCall({
              userData: Object.fromEntries(KEYS.map((k) => [k, `${k}=v`])),
            });
            if (a.answer) workspace.handleRequest('voice.answer', [call]);
          } else if (a.kind === 'subscribe') frames[a.frame]!.subscribe(a.topics);
          else if (a.kind === 'raw') frames[a.frame]!.frame.receive(a.message);
          else {
            const before = userDataOf(workspace);
            const filter = filterForOrigin(policy, ORIGINS[a.frame]!);
            const replies = frames[a.frame]!.request(a.req.name, a.req.params);
            // Refused origins and filtered requests get no reply.
            if (filter === undefined || !filterAllows(filter, a.req.name))
              expect(replies).toEqual([]);
            // Every key a request wrote is writable (new interactions: when the option says so).
            for (const [iid, after] of userDataOf(workspace)) {
              const created = !before.has(iid);
              if (created && !o.writeNew) continue;
              // A consultation starts with a copy of its parent's user data (Workspace's, not the app's).
              const old =
                created && a.req.name === 'interaction.consult'
                  ? before.get(String(a.req.params[0]))
                  : before.get(iid);
              const changed = new Set(
                [...Object.keys(after), ...Object.keys(old ?? {})].filter(
                  (k) => after[k] !== old?.[k],
                ),
              );
              for (const k of changed) expect(mayWrite(k), `${a.req.name} wrote ${k}`).toBe(true);
            }
          }
        }

        ORIGINS.forEach((origin, n) => {
          const filter = filterForOrigin(policy, origin);
          const inbox = frames[n]!.inbox;
          if (filter === undefined) expect(inbox).toEqual([]);
          const text = JSON.stringify(inbox);
          // No value of an unreadable key leaves the host, in any reply or event.
          for (const k of KEYS)
            if (readable && !readable.has(k)) expect(text).not.toContain(`${k}=`);
          // Events only for topics whose read request the filter allows.
          if (o.events)
            for (const m of inbox.filter((x) => typeof x.event === 'string'))
              expect(filterAllows(filter!, eventReadRequest(m.event)!)).toBe(true);
        });

        // Rate limits: fixed one-minute windows, per request name and global; quarantines hold.
        const requests = host.log().filter((e) => e.direction === 'in' && e.type === 'request');
        const passed = requests.filter((e) => PASSED.has(e.outcome!));
        const timesOf = (name?: string) =>
          passed.filter((e) => !name || e.request === name).map((e) => e.at);
        if (o.global) expect(windowsRespect(timesOf(), o.global)).toBe(true);
        if (o.dial) expect(windowsRespect(timesOf('voice.dial'), o.dial)).toBe(true);
        if (o.get) expect(windowsRespect(timesOf('agent.get'), o.get)).toBe(true);
        for (const limited of requests.filter(
          (e) => e.outcome === 'rate-limited' && e.request !== 'made.up',
        )) {
          const end = o.quarantine === 0 ? Infinity : limited.at + o.quarantine * 1000;
          expect(
            passed.some(
              (e) =>
                e.request === limited.request &&
                e.at >= limited.at &&
                e.at < end &&
                e.seq > limited.seq,
            ),
          ).toBe(false);
        }
        host.dispose();
        workspace.dispose();
      }),
      { numRuns: 1000 },
    );
  });
});
