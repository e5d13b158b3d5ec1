import { describe, expect, test } from 'vitest';
import {
  createAction,
  isWorkspaceError,
  select,
  shallowEqual,
  createStore,
  type ActionState,
} from '../src/index';

/** A promise the test settles by hand. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('createAction', () => {
  test('idle, then pending, then success with the result', async () => {
    const action = createAction(async (a: number, b: number) => a + b);
    const seen: ActionState<number>[] = [];
    action.subscribe((s) => seen.push(s));
    expect(action.get()).toEqual({
      status: 'idle',
      pending: false,
      data: undefined,
      error: undefined,
    });
    await expect(action.run(2, 3)).resolves.toBe(5);
    expect(seen).toEqual([
      { status: 'pending', pending: true, data: undefined, error: undefined },
      { status: 'success', pending: false, data: 5, error: undefined },
    ]);
    expect(action.get()).toBe(seen[1]);
  });

  test('a failure resolves to undefined, clears data and keeps the error; the next call clears it', async () => {
    let fail = false;
    const boom = new Error('refused');
    const action = createAction(async () => {
      if (fail) throw boom;
      return 'ok';
    });
    await action.run();
    fail = true;
    const pending = action.run();
    expect(action.get()).toEqual({
      status: 'pending',
      pending: true,
      data: 'ok',
      error: undefined,
    });
    await expect(pending).resolves.toBeUndefined();
    expect(action.get()).toEqual({ status: 'error', pending: false, data: undefined, error: boom });
    fail = false;
    const again = action.run();
    expect(action.get().error).toBeUndefined();
    await again;
    expect(action.get()).toMatchObject({ status: 'success', data: 'ok' });
  });

  test('a synchronous throw is caught like a rejection', async () => {
    const boom = new Error('sync');
    const action = createAction((): Promise<number> => {
      throw boom;
    });
    await expect(action.run()).resolves.toBeUndefined();
    expect(action.get()).toMatchObject({ status: 'error', error: boom });
  });

  test('latest call wins: an older call settling later changes nothing', async () => {
    const calls = [deferred<string>(), deferred<string>()];
    let i = 0;
    const action = createAction(() => calls[i++]!.promise);
    const first = action.run();
    const second = action.run();
    calls[1]!.resolve('second');
    await second;
    calls[0]!.resolve('first');
    await expect(first).resolves.toBe('first'); // the caller still gets its own result
    expect(action.get()).toMatchObject({ status: 'success', data: 'second' });
  });

  test('an older call failing after a newer success does not overwrite it', async () => {
    const calls = [deferred<string>(), deferred<string>()];
    let i = 0;
    const action = createAction(() => calls[i++]!.promise);
    const first = action.run();
    const second = action.run();
    calls[1]!.resolve('fine');
    await second;
    calls[0]!.reject(new Error('late'));
    await first;
    expect(action.get()).toMatchObject({ status: 'success', data: 'fine', error: undefined });
  });

  test('reset goes back to idle and a call in flight no longer writes', async () => {
    const call = deferred<string>();
    const action = createAction(() => call.promise);
    const seen: string[] = [];
    action.subscribe((s) => seen.push(s.status));
    const running = action.run();
    action.reset();
    expect(action.get()).toMatchObject({ status: 'idle', pending: false, data: undefined });
    call.resolve('late');
    await expect(running).resolves.toBe('late');
    expect(action.get().status).toBe('idle');
    expect(seen).toEqual(['pending', 'idle']);
    action.reset(); // already idle: no notification
    expect(seen).toEqual(['pending', 'idle']);
  });

  test('run and reset are bound; bad input is a typed error', async () => {
    const { run, reset, get } = createAction(async (x: string) => x.toUpperCase());
    await expect(run('a')).resolves.toBe('A');
    reset();
    expect(get().status).toBe('idle');
    let caught: unknown;
    try {
      createAction('voice.dial' as any);
    } catch (e) {
      caught = e;
    }
    expect(isWorkspaceError(caught, 'INVALID_ARGUMENT')).toBe(true);
  });
});

describe('select default equality', () => {
  test('shallowEqual by default: a rebuilt array of the same items keeps its identity and does not notify', () => {
    let value = { items: [1, 2, 3], other: 0 };
    const { store, notify } = createStore(() => value);
    const evens = select(store, (v) => v.items.filter((n) => n % 2 === 1));
    const seen: number[][] = [];
    evens.subscribe((v) => seen.push(v));
    const first = evens.get();
    value = { ...value, other: 1 };
    notify();
    expect(evens.get()).toBe(first);
    expect(seen).toEqual([]);
    value = { ...value, items: [1, 2, 3, 5] };
    notify();
    expect(seen).toEqual([[1, 3, 5]]);
  });

  test('shallowEqual compares arrays item by item and objects key by key', () => {
    const x = { id: 'x' };
    expect(shallowEqual([x, 1, 'a'], [x, 1, 'a'])).toBe(true);
    expect(shallowEqual([x, 1], [{ id: 'x' }, 1])).toBe(false);
    expect(shallowEqual([1, 2], [1, 2, 3])).toBe(false);
    expect(shallowEqual([NaN], [NaN])).toBe(true);
    expect(shallowEqual<unknown>([1], { 0: 1 })).toBe(false);
    expect(shallowEqual<unknown>({ 0: 1 }, [1])).toBe(false);
    expect(shallowEqual({ a: x, b: 2 }, { b: 2, a: x })).toBe(true);
    expect(shallowEqual<object>({ a: undefined }, { b: undefined })).toBe(false);
    expect(shallowEqual({ a: [1] }, { a: [1] })).toBe(false); // one level only
    expect(shallowEqual<unknown>(null, {})).toBe(false);
  });

  test('Object.is on request: a rebuilt array notifies', () => {
    let value = { items: [1, 2, 3] };
    const { store, notify } = createStore(() => value);
    const copy = select(store, (v) => [...v.items], Object.is);
    const seen: number[][] = [];
    copy.subscribe((v) => seen.push(v));
    value = { items: [1, 2, 3] };
    notify();
    expect(seen).toHaveLength(1);
    expect(shallowEqual(seen[0], [1, 2, 3])).toBe(true);
  });
});
