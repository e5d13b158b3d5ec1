import { from, firstValueFrom, take, toArray } from 'rxjs';
import { describe, expect, test, vi } from 'vitest';
import { createStore, select, shallowEqual, workspaceStores, type Interaction } from '../src/index';
import { batch } from '../src/internal';
import { fakeHost, flush } from './fake-host';

const call = (id: string, state = 'RINGING', extra: Partial<Interaction> = {}): Interaction => ({
  interactionId: id,
  media: 'voice',
  state,
  userData: {},
  ...extra,
});
const STATES = [
  { operationName: 'Ready', displayName: 'Ready', state: 'READY' },
  { operationName: 'NotReady', displayName: 'Not Ready', state: 'NOT_READY' },
  {
    operationName: 'NotReadyBreak',
    displayName: 'Break',
    state: 'NOT_READY_ACTION_CODE',
    reason: 'Break',
    reasonCode: '1511',
  },
];

/** A scripted host whose interactions and agent state the test controls. */
function desk(
  options: {
    hold?: string[];
    fail?: string[];
    /** While `on`, every request gets Workspace's rate-limit reply (a 30 s quarantine). */
    limit?: { on: boolean };
    client?: Parameters<typeof fakeHost>[1];
  } = {},
) {
  const interactions = new Map<string, Interaction>();
  const agent = { state: STATES[0] as Record<string, unknown>, stateList: STATES };
  const held: any[] = [];
  const h = fakeHost((m) => {
    if (options.fail?.includes(m.request)) return { errorMessage: 'refused' };
    if (options.limit?.on)
      return {
        errorMessage: `The rate limit for the request '${m.request}' has been reached.\nFurther requests of the same type will be ignored for 30 seconds.`,
      };
    if (options.hold?.includes(m.request)) return void held.push(m);
    switch (m.request) {
      case 'interaction.getInteractions':
        return { data: [...interactions.values()] };
      case 'agent.get':
        return { data: { username: 'jdoe' } };
      case 'agent.getState':
        return { data: agent.state };
      case 'agent.getStateList':
        return { data: agent.stateList };
      case 'media.getMediaList':
        return {
          data: [
            { media: 'voice', state: STATES[0] },
            { media: 'chat', state: STATES[0] },
          ],
        };
    }
    return { data: null };
  }, options.client);
  const release = (request: string) => {
    const i = held.findIndex((m) => m.request === request);
    const [m] = held.splice(i, 1);
    const data = request === 'interaction.getInteractions' ? [...interactions.values()] : null;
    h.host.post({ referenceId: m.referenceId, data, userAgent: 'WWE Server', protocolVersion: 2 });
  };
  return { ...h, interactions, agent, release, stores: workspaceStores(h.client) };
}

describe('readable-store contract', () => {
  test('loading snapshot before any subscriber, same instances per client', () => {
    const d = desk();
    expect(d.stores.agent.get()).toMatchObject({ status: 'loading', stateList: [] });
    expect(d.stores.interactions.get()).toMatchObject({ status: 'loading', interactions: [] });
    expect(workspaceStores(d.client)).toBe(d.stores);
    expect(d.stores.interaction('1')).toBe(d.stores.interaction('1'));
    expect(d.sent).toHaveLength(0); // lazy: nothing sent without subscribers
  });

  test('snapshot identity is kept until something changes; RxJS from() works', async () => {
    const d = desk();
    const values = firstValueFrom(from(d.stores.agent).pipe(take(2), toArray()));
    await flush();
    const [loading, ready] = await values;
    expect(loading!.status).toBe('loading');
    expect(ready!.status).toBe('ready');
    expect(d.stores.agent.get()).toBe(d.stores.agent.get());
  });
});

describe('agent store', () => {
  test('fetches agent, state and list, follows STATE_CHANGED with reasons', async () => {
    const d = desk();
    const off = d.stores.agent.subscribe(() => {});
    await flush();
    const s = d.stores.agent.get();
    expect(s).toMatchObject({ status: 'ready', agent: { username: 'jdoe' }, state: STATES[0] });
    expect(s.stateList).toHaveLength(3);
    d.event('agent', {
      eventType: 'STATE_CHANGED',
      mediaState: 'NOT_READY_ACTION_CODE',
      reason: 'Break',
      reasonCode: '1511',
    });
    await flush();
    expect(d.stores.agent.get().state).toBe(s.stateList[2]);
    off();
  });

  test('a state matching no entry of the list keeps no field of the previous one; the snapshot settles it', async () => {
    const d = desk();
    const seen: unknown[] = [];
    const off = d.stores.agent.subscribe((s) => seen.push(s.state));
    await flush();
    const fetches = () => d.requests().filter((m) => m.request === 'agent.getState').length;
    expect(fetches()).toBe(1);
    // Workspace's state is one the list does not hold (the seed page's example, another code).
    const lunch = {
      operationName: 'NotReadyLunch',
      displayName: 'Lunch',
      state: 'NOT_READY_ACTION_CODE',
      reason: 'Lunch',
      reasonCode: '1512',
    };
    d.agent.state = lunch;
    d.event('agent', {
      eventType: 'STATE_CHANGED',
      mediaState: 'NOT_READY_ACTION_CODE',
      reason: 'Lunch',
      reasonCode: '1512',
    });
    await flush();
    // First what the event says, and nothing of "Ready"; then the host's snapshot.
    expect(seen).toContainEqual({
      operationName: '',
      displayName: 'Lunch',
      state: 'NOT_READY_ACTION_CODE',
      reason: 'Lunch',
      reasonCode: '1512',
    });
    expect(fetches()).toBe(2);
    expect(d.stores.agent.get().state).toEqual(lunch);
    off();
  });

  test('an agent event of another type, or without mediaState, fetches the snapshot again', async () => {
    const d = desk();
    d.stores.agent.subscribe(() => {});
    await flush();
    d.agent.state = STATES[1]!;
    d.event('agent', { eventType: 'STATE_CHANGED' });
    await flush();
    expect(d.stores.agent.get().state).toEqual(STATES[1]);
    d.agent.state = STATES[0]!;
    d.event('agent', 'READY');
    await flush();
    expect(d.stores.agent.get().state).toEqual(STATES[0]);
    expect(d.requests().filter((m) => m.request === 'agent.getState')).toHaveLength(3);
  });
});

describe('media store', () => {
  test('fetches the media list and replaces one media’s state on a media event', async () => {
    const d = desk();
    d.stores.media.subscribe(() => {});
    await flush();
    const before = d.stores.media.get();
    expect(before.media.map((m) => m.media)).toEqual(['voice', 'chat']);
    d.event('media', { eventType: 'STATE_CHANGED', media: 'chat', state: STATES[1] });
    await flush();
    const after = d.stores.media.get();
    expect(after.media[1]!.state).toEqual(STATES[1]);
    expect(after.media[0]).toBe(before.media[0]);
  });
});

describe('interactions store', () => {
  test('no id: a store holding no interaction that never talks to Workspace', async () => {
    const d = desk();
    const none = d.stores.interaction(null);
    expect(d.stores.interaction(undefined)).toBe(none);
    expect(d.stores.interaction('')).toBe(none);
    expect(none.get()).toEqual({ status: 'ready', interaction: undefined });
    const off = none.subscribe(() => {});
    await none.refresh();
    await flush();
    expect(d.sent).toHaveLength(0);
    off();
  });

  test('ADDED inserts, other events replace that one interaction, REMOVED deletes', async () => {
    const d = desk();
    d.interactions.set('1', call('1'));
    d.stores.interactions.subscribe(() => {});
    await flush();
    const first = d.stores.interactions.get().interactions[0];
    d.event('interaction', { eventType: 'ADDED', media: 'voice', interaction: call('2') });
    await flush();
    expect(d.stores.interactions.get().interactions.map((i) => i.interactionId)).toEqual([
      '1',
      '2',
    ]);
    d.event('interaction', {
      eventType: 'ESTABLISHED',
      media: 'voice',
      interaction: call('2', 'TALKING'),
    });
    await flush();
    const list = d.stores.interactions.get().interactions;
    expect(list[1]!.state).toBe('TALKING');
    expect(list[0]).toBe(first); // unchanged interactions keep their identity
    d.event('interaction', {
      eventType: 'REMOVED',
      media: 'voice',
      interaction: call('1', 'RELEASED'),
    });
    await flush();
    expect(d.stores.interactions.get().interactions.map((i) => i.interactionId)).toEqual(['2']);
  });

  test('an event racing the initial fetch is neither lost nor applied twice', async () => {
    const d = desk({ hold: ['interaction.getInteractions'] });
    d.interactions.set('1', call('1'));
    const notifications: number[] = [];
    d.stores.interactions.subscribe((s) => notifications.push(s.interactions.length));
    await flush();
    // The fetch is in flight: a new call arrives (Workspace's model already has it, as it would).
    d.interactions.set('2', call('2'));
    d.event('interaction', { eventType: 'ADDED', media: 'voice', interaction: call('2') });
    await flush();
    expect(d.stores.interactions.get().status).toBe('loading');
    d.release('interaction.getInteractions');
    // And one after the reply that the fetch cannot contain.
    d.event('interaction', { eventType: 'ADDED', media: 'voice', interaction: call('3') });
    await flush();
    const ids = d.stores.interactions.get().interactions.map((i) => i.interactionId);
    expect(ids).toEqual(['1', '2', '3']);
    expect(new Set(ids).size).toBe(ids.length);
    // The subscription went out before the fetch.
    const order = d.sent.map((m) => ('event' in m ? m.event : m.request));
    expect(order.indexOf('subscribe')).toBeLessThan(order.indexOf('interaction.getInteractions'));
  });

  test('an event racing the fetch that the fetch does not reflect is applied on top', async () => {
    const d = desk({ hold: ['interaction.getInteractions'] });
    d.interactions.set('1', call('1'));
    d.stores.interactions.subscribe(() => {});
    await flush();
    d.event('interaction', {
      eventType: 'ESTABLISHED',
      media: 'voice',
      interaction: call('1', 'TALKING'),
    });
    await flush();
    d.release('interaction.getInteractions'); // a reply computed before the event: RINGING
    await flush();
    expect(d.stores.interaction('1').get().interaction!.state).toBe('TALKING');
  });

  test('per-id stores change only when their interaction does', async () => {
    const d = desk();
    d.interactions.set('A', call('A'));
    d.interactions.set('B', call('B'));
    const a = d.stores.interaction('A');
    const b = d.stores.interaction('B');
    let aCalls = 0;
    let bCalls = 0;
    a.subscribe(() => aCalls++);
    b.subscribe(() => bCalls++);
    await flush();
    const bSnap = b.get();
    aCalls = bCalls = 0;
    d.event('interaction', { eventType: 'HELD', media: 'voice', interaction: call('A', 'HELD') });
    await flush();
    expect(aCalls).toBe(1);
    expect(bCalls).toBe(0);
    expect(b.get()).toBe(bSnap);
    expect(a.get().interaction!.state).toBe('HELD');
  });

  test('case selection from fetched fields and CASE_* events as documented (selectedCaseId only)', async () => {
    const d = desk();
    const one = call('1', 'TALKING', { caseId: 'c1', isCaseSelected: true, isCaseExpanded: true });
    const two = call('2', 'RINGING', {
      caseId: 'c2',
      isCaseSelected: false,
      isCaseExpanded: false,
    });
    d.interactions.set('1', one);
    d.interactions.set('2', two);
    const seen: unknown[] = [];
    d.stores.caseSelection.subscribe((s) => seen.push([s.caseId, s.expanded]));
    await flush();
    expect(d.stores.caseSelection.get()).toMatchObject({
      status: 'ready',
      caseId: 'c1',
      expanded: true,
    });
    // Workspace selects case c2 (expanded) and says so, without any interaction.
    d.interactions.set('1', { ...one, isCaseSelected: false });
    d.interactions.set('2', { ...two, isCaseSelected: true, isCaseExpanded: true });
    d.event('interaction', { eventType: 'CASE_SELECTED', selectedCaseId: 'c2' });
    await flush();
    expect(d.stores.caseSelection.get()).toMatchObject({ caseId: 'c2', expanded: true });
    expect(d.stores.interaction('2').get().interaction).toMatchObject({ isCaseSelected: true });
    d.interactions.set('2', { ...two, isCaseSelected: true, isCaseExpanded: false });
    d.event('interaction', { eventType: 'CASE_COLLAPSED', selectedCaseId: 'c2' });
    await flush();
    expect(d.stores.caseSelection.get()).toMatchObject({ caseId: 'c2', expanded: false });
    expect(seen).toEqual([
      ['c1', true],
      ['c2', false],
      ['c2', true],
      ['c2', false],
    ]);
  });

  test('an interaction event lacking what the store needs fetches the list again, keeping no stale field', async () => {
    const d = desk();
    d.interactions.set('1', call('1', 'RINGING', { userData: { Key1: 'a' } }));
    d.stores.interactions.subscribe(() => {});
    await flush();
    const fetches = () =>
      d.requests().filter((m) => m.request === 'interaction.getInteractions').length;
    // A partial copy (no state): the host's whole interaction is fetched, not merged.
    d.interactions.set('1', call('1', 'TALKING', { userData: { Key1: 'b' } }));
    d.event('interaction', {
      eventType: 'ATTACHED_DATA_CHANGED',
      interaction: { interactionId: '1', userData: { Key1: 'b' } },
    });
    await flush();
    expect(fetches()).toBe(2);
    expect(d.stores.interaction('1').get().interaction).toEqual(d.interactions.get('1'));
    // An unknown event type without an interaction, and an interaction that is not an object.
    d.interactions.set('2', call('2'));
    d.event('interaction', { eventType: 'SOMETHING_NEW' });
    await flush();
    d.interactions.delete('2');
    d.event('interaction', { eventType: 'REMOVED', interaction: 'x' });
    await flush();
    expect(fetches()).toBe(4);
    // A snapshot JSON cannot hold (a BigInt in user data) is still taken.
    d.interactions.set('1', call('1', 'HELD', { userData: { Big: 10n } }));
    d.event('interaction', { eventType: 'HELD', interaction: { interactionId: '1' } });
    await flush();
    d.interactions.set('1', call('1', 'HELD', { userData: { Big: 11n } }));
    d.event('interaction', { eventType: 'HELD', interaction: { interactionId: '1' } });
    await flush();
    expect(fetches()).toBe(6);
    expect(d.stores.interactions.get()).toMatchObject({
      status: 'ready',
      interactions: [d.interactions.get('1')],
    });
  });

  test('the documented ATTACHED_DATA_CHANGED copy without media gets the event’s media', async () => {
    const d = desk();
    d.stores.interactions.subscribe(() => {});
    await flush();
    const { media: _, ...bare } = call('1', 'DIALING');
    d.event('interaction', {
      eventType: 'ATTACHED_DATA_CHANGED',
      media: 'voice',
      interaction: bare,
    });
    await flush();
    expect(d.stores.interaction('1').get().interaction).toEqual({ ...bare, media: 'voice' });
    expect(d.requests().filter((m) => m.request === 'interaction.getInteractions')).toHaveLength(1);
  });
});

describe('events are hints, snapshots are the truth', () => {
  test('1,000 inapplicable events in one task: at most 2 fetches, and the store ends equal to the host snapshot', async () => {
    const d = desk();
    d.interactions.set('1', call('1'));
    d.stores.interactions.subscribe(() => {});
    d.stores.caseSelection.subscribe(() => {});
    await flush();
    const fetches = () =>
      d.requests().filter((m) => m.request === 'interaction.getInteractions').length;
    expect(fetches()).toBe(1);
    for (let n = 2; n <= 1001; n++)
      d.interactions.set(String(n), call(String(n), 'RINGING', { caseId: `c${n}` }));
    d.interactions.set('1001', { ...d.interactions.get('1001')!, isCaseSelected: true });
    // One task: every event is posted before any is delivered.
    for (let n = 0; n < 1000; n++)
      d.event(
        'interaction',
        n % 2
          ? { eventType: 'CASE_SELECTED', selectedCaseId: `c${n + 2}` }
          : { eventType: 'ATTACHED_DATA_CHANGED', interaction: { interactionId: String(n + 2) } },
      );
    await flush(20);
    // One fetch for the first event; the 999 buffered meanwhile share one more.
    expect(fetches() - 1).toBe(2);
    expect(d.stores.interactions.get().interactions).toEqual([...d.interactions.values()]);
    expect(d.stores.caseSelection.get()).toMatchObject({ caseId: 'c1001' });
  });

  test('debug logging names the event that was not applicable, never its data', async () => {
    const lines: string[] = [];
    const d = desk({ client: { debug: (m) => lines.push(m) } });
    d.stores.interactions.subscribe(() => {});
    await flush();
    lines.length = 0;
    d.event('interaction', {
      eventType: 'ATTACHED_DATA_CHANGED',
      interaction: { interactionId: 'secret-id', userData: { Secret: 'card 4111' } },
    });
    d.event('interaction', { eventType: 'secret 4111 <b>', selectedCaseId: 'secret-case' });
    await flush();
    const notes = lines.filter((l) => l.includes('not applicable'));
    expect(notes).toEqual([
      'interactions store: interaction event ATTACHED_DATA_CHANGED not applicable (partial interaction): refetching',
      'interactions store: interaction event (string) not applicable (no interaction): refetching',
    ]);
    expect(lines.join('\n')).not.toMatch(/secret|4111/i);
    // Off by default: nothing reaches the console.
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const quiet = desk();
    quiet.stores.interactions.subscribe(() => {});
    await flush();
    quiet.event('interaction', { eventType: 'CASE_SELECTED' });
    await flush();
    expect(debug).not.toHaveBeenCalled();
    debug.mockRestore();
  });

  test('never fetches into a rate-limit quarantine: waits for it to end', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const tick = () => vi.advanceTimersByTimeAsync(0);
      const limit = { on: false };
      const d = desk({ limit });
      d.interactions.set('1', call('1'));
      d.stores.interactions.subscribe(() => {});
      await tick();
      const fetches = () =>
        d.requests().filter((m) => m.request === 'interaction.getInteractions').length;
      // The app's own call hits the rate limit: Workspace ignores the request for 30 s.
      limit.on = true;
      await expect(d.client.interaction.getInteractions()).rejects.toMatchObject({
        code: 'RATE_LIMITED',
      });
      limit.on = false;
      expect(fetches()).toBe(2);
      d.interactions.set('1', call('1', 'TALKING'));
      d.event('interaction', { eventType: 'ESTABLISHED', interaction: { interactionId: '1' } });
      await tick();
      await vi.advanceTimersByTimeAsync(29_000);
      expect(fetches()).toBe(2); // nothing sent into the quarantine
      expect(d.stores.interactions.get().status).toBe('ready');
      await vi.advanceTimersByTimeAsync(1_000);
      expect(fetches()).toBe(3);
      expect(d.stores.interaction('1').get().interaction!.state).toBe('TALKING');

      // The store's own fetch is refused for a rate limit: error, then a new fetch after it.
      limit.on = true;
      d.event('interaction', { eventType: 'CASE_SELECTED', selectedCaseId: 'x' });
      await tick();
      limit.on = false;
      expect(d.stores.interactions.get()).toMatchObject({
        status: 'error',
        error: { code: 'RATE_LIMITED' },
      });
      await vi.advanceTimersByTimeAsync(29_000);
      expect(fetches()).toBe(4);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(fetches()).toBe(5);
      expect(d.stores.interactions.get().status).toBe('ready');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('batching', () => {
  test('one snapshot is one notification batch across the list, per-id and case stores', async () => {
    const d = desk();
    d.interactions.set('1', call('1', 'RINGING', { caseId: 'c1' }));
    const seen: string[] = [];
    // Each listener reads the other stores: they must all be up to date when it runs.
    const read = () =>
      [
        d.stores.interactions.get().interactions.find((i) => i.interactionId === '1')?.state,
        d.stores.interaction('1').get().interaction?.state,
        d.stores.caseSelection.get().caseId,
      ].join('/');
    d.stores.interactions.subscribe(() => seen.push(`list ${read()}`));
    d.stores.interaction('1').subscribe(() => seen.push(`one ${read()}`));
    d.stores.caseSelection.subscribe(() => seen.push(`case ${read()}`));
    await flush();
    seen.length = 0;
    // Workspace's side changed (answered, its case selected); a partial event is the hint, and
    // the snapshot it fetches changes all three stores at once.
    d.interactions.set('1', call('1', 'TALKING', { caseId: 'c1', isCaseSelected: true }));
    d.event('interaction', { eventType: 'ESTABLISHED', interaction: { interactionId: '1' } });
    await flush();
    // Once each, every one seeing the snapshot applied to all three.
    expect(seen.sort()).toEqual([
      'case TALKING/TALKING/c1',
      'list TALKING/TALKING/c1',
      'one TALKING/TALKING/c1',
    ]);
  });

  test('batch() holds notifications until the outermost ends, then delivers the latest value once', () => {
    const values: number[] = [];
    let n = 0;
    const { store, notify } = createStore(() => n);
    store.subscribe((v) => values.push(v));
    batch(() => {
      n = 1;
      notify();
      batch(() => {
        n = 2;
        notify();
      });
      expect(values).toEqual([]);
    });
    expect(values).toEqual([2]);
    n = 3;
    notify();
    expect(values).toEqual([2, 3]);
  });
});

describe('reference counting', () => {
  test('one host subscription for many store subscribers; the last unsubscribe withdraws it; re-subscribing refetches', async () => {
    const d = desk();
    const offs = [
      d.stores.interactions.subscribe(() => {}),
      d.stores.interaction('1').subscribe(() => {}),
      d.stores.caseSelection.subscribe(() => {}),
    ];
    await flush();
    expect(d.subscriptions.size).toBe(1);
    expect(d.requests().filter((m) => m.request === 'interaction.getInteractions')).toHaveLength(1);
    offs.forEach((off) => off());
    await flush();
    expect(d.subscriptions.size).toBe(0);
    expect(d.client.stats()).toMatchObject({ handlers: 0, subscriptions: 0 });
    d.stores.interactions.subscribe(() => {});
    await flush();
    expect(d.subscriptions.size).toBe(1);
    expect(d.requests().filter((m) => m.request === 'interaction.getInteractions')).toHaveLength(2);
  });
});

describe('errors', () => {
  test('a failed fetch gives status error with the WorkspaceError; refresh() retries', async () => {
    const failing = ['agent.getStateList'];
    const d = desk({ fail: failing });
    d.stores.agent.subscribe(() => {});
    await flush();
    const s = d.stores.agent.get();
    expect(s.status).toBe('error');
    expect(s.error).toMatchObject({ code: 'HOST_ERROR' });
    failing.length = 0;
    await d.stores.agent.refresh();
    expect(d.stores.agent.get().status).toBe('ready');
  });

  test('an unanswered (refused) fetch does not leave the store loading', async () => {
    const { createWorkspaceClient } = await import('../src/index');
    const { createMemoryTransport } = await import('../src/testing');
    const { transport } = createMemoryTransport();
    const silent = createWorkspaceClient({ transport, timeoutMs: 20 });
    const stores = workspaceStores(silent);
    stores.interactions.subscribe(() => {});
    await new Promise((r) => setTimeout(r, 50));
    expect(stores.interactions.get()).toMatchObject({
      status: 'error',
      error: { code: 'TIMEOUT' },
    });
  });
});

describe('selectors', () => {
  test('notify only when the selected slice changes', async () => {
    const d = desk();
    d.interactions.set('1', call('1', 'TALKING', { userData: { Key1: 'a', Key2: 'x' } }));
    const key1 = select(d.stores.interaction('1'), (s) => s.interaction?.userData?.Key1);
    const seen: unknown[] = [];
    key1.subscribe((v) => seen.push(v));
    await flush();
    d.event('interaction', {
      eventType: 'ATTACHED_DATA_CHANGED',
      interaction: call('1', 'TALKING', { userData: { Key1: 'a', Key2: 'y' } }),
    });
    await flush();
    d.event('interaction', {
      eventType: 'ATTACHED_DATA_CHANGED',
      interaction: call('1', 'TALKING', { userData: { Key1: 'b', Key2: 'y' } }),
    });
    await flush();
    expect(seen).toEqual(['a', 'b']);
    const pair = select(d.stores.agent, (s) => ({ op: s.state?.operationName }), shallowEqual);
    expect(pair.get()).toBe(pair.get());
  });
});
