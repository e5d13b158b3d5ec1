import { PendingTasks, inject } from '@angular/core';

/**
 * A function that runs a request and registers it with Angular's `PendingTasks` until it settles,
 * so `ApplicationRef.whenStable()` and `fixture.whenStable()` wait for it. Call it in an injection
 * context.
 *
 * @example
 * const track = injectTrackRequest();
 * await track(() => client.voice.answer(id));
 */
export function injectTrackRequest(): <R>(request: () => Promise<R>) => Promise<R> {
  const tasks = inject(PendingTasks);
  return <R>(request: () => Promise<R>): Promise<R> => {
    const done = tasks.add();
    let promise: Promise<R>;
    try {
      promise = request();
    } catch (e) {
      done();
      return Promise.reject(e);
    }
    return promise.finally(done);
  };
}
