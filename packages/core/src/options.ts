import { WorkspaceError } from './errors';

/**
 * The brand of a {@link CallOptions} value: `Symbol.for`, so that two copies of the core (the
 * script build and a bundle) recognise each other's options.
 */
const OPTIONS: unique symbol = Symbol.for('wwe-kit.callOptions');
/** Internal: resolve with Workspace's whole reply (the legacy shim's callbacks). Not forgeable. */
const FULL: unique symbol = Symbol('wwe-kit.fullReply');

/**
 * The settings of one request, given to {@link withOptions}.
 *
 * @example
 * const settings: RequestOptions = { timeoutMs: 2000, signal: controller.signal };
 * await client.agent.getState(withOptions(settings));
 */
export interface RequestOptions {
  /** Aborting rejects the request with `ABORTED` (Workspace may still carry it out). */
  signal?: AbortSignal;
  /** Overrides the client's timeout for this call; `0` (or more than 2^31 - 1 ms, ~24.8 days) waits for ever. */
  timeoutMs?: number;
}

/**
 * The options of one request, made by {@link withOptions}: never a plain object, so that it can
 * never be mistaken for a parameter (`voice.dial('5001', { timeoutMs: 2000 })` attaches
 * `timeoutMs` to the call as user data; `voice.dial('5001', withOptions({ timeoutMs: 2000 }))`
 * sets the timeout). Passed after the parameters, or in place of any optional one.
 *
 * @example
 * const fast: CallOptions = withOptions({ timeoutMs: 2000 });
 * await client.voice.dial('5001', fast);
 */
export interface CallOptions extends Readonly<RequestOptions> {
  readonly [OPTIONS]: true;
}

/** What `send` reads: options made here, or the client's own settings (its probe's). */
export type SendOptions = RequestOptions & { readonly [FULL]?: boolean };

/** Whether `send` resolves with Workspace's whole reply (the legacy shim's options). */
export const isFullReply = (o: SendOptions | undefined): boolean => o?.[FULL] === true;

/**
 * Makes the options of one request (a timeout, an `AbortSignal`), to pass after its parameters or
 * in place of an optional one. A plain object is always a parameter: only a value made here is
 * read as options.
 *
 * @example
 * import { withOptions } from '@wwe-kit/core';
 *
 * await client.agent.getState(withOptions({ timeoutMs: 2000, signal: controller.signal }));
 * await client.voice.dial('5001', withOptions({ timeoutMs: 2000 })); // no user data
 * await client.request('agent.getState', [], withOptions({ timeoutMs: 2000 }));
 */
export function withOptions(options: RequestOptions): CallOptions {
  return Object.freeze({
    [OPTIONS]: true as const,
    signal: options?.signal,
    timeoutMs: options?.timeoutMs,
  });
}

/**
 * Whether `value` is request options made by {@link withOptions}.
 *
 * @example
 * isCallOptions(withOptions({ timeoutMs: 1 })); // true
 * isCallOptions({ timeoutMs: 1 }); // false: a plain object is a parameter
 */
export function isCallOptions(value: unknown): value is CallOptions {
  return typeof value === 'object' && value !== null && (value as CallOptions)[OPTIONS] === true;
}

/** Internal (the legacy shim): options that resolve with Workspace's whole reply. */
export function fullReplyOptions(settings?: RequestOptions): CallOptions {
  return Object.freeze({ ...withOptions(settings ?? {}), [FULL]: true });
}

/**
 * Splits a call's arguments: its positional parameters (`arity` of them for a catalog request;
 * an options value among them becomes a missing parameter) and its options (the last options
 * value found). An argument after the parameters that is a plain object with an option's name
 * (the options of wwe-kit before `withOptions`) is refused, loudly, instead of being ignored.
 */
export function splitArguments(
  name: string,
  args: ArrayLike<unknown>,
  arity: number,
): { parameters: unknown[]; options: CallOptions | undefined } {
  let options: CallOptions | undefined;
  const parameters = new Array<unknown>(Math.min(arity, args.length));
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (i < arity) parameters[i] = isCallOptions(a) ? undefined : a;
    if (isCallOptions(a)) options = a;
    else if (i >= arity) refuseStray(name, a);
  }
  return { parameters, options };
}

/**
 * Refuses an options argument that was not made by {@link withOptions} (`INVALID_ARGUMENT`):
 * a plain `{ timeoutMs }` after the parameters. Other extra arguments (an index from `map`) are
 * ignored, as the official client ignores them.
 */
export function refuseStray(name: string, a: unknown): void {
  if (a && typeof a === 'object' && ('timeoutMs' in a || 'signal' in a || 'fullReply' in a))
    throw notOptions(name);
}

/** The `INVALID_ARGUMENT` of a plain object given as request options. */
export const notOptions = (name: string): WorkspaceError =>
  new WorkspaceError(
    'INVALID_ARGUMENT',
    `'${name}': request options are made by withOptions({ timeoutMs, signal }), not a plain object`,
    { request: name },
  );
