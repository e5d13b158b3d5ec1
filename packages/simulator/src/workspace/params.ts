import type {
  Interaction,
  KeyValues,
  RequestName,
  RequestParams,
  RequestResult,
} from '@wwe-kit/core';
import type { CallerContext } from './types';
import type { Desktop } from './desktop';

/**
 * A request handler of the simulated workspace: the request's positional parameters in, its
 * result out; a thrown error becomes Workspace's error reply. `P` is what a well-formed request
 * carries; the values come from the wire, so a handler still checks each one it reads
 * ({@link str}, {@link keyValues}...) and a malformed one gets the error reply. Internal.
 *
 * @example
 * const setState: Handler<[operationName: string], void> = (desktop, [operationName]) =>
 *   setAgentState(desktop, str(operationName, 'operationName'));
 */
export type Handler<P extends readonly unknown[] = readonly unknown[], R = unknown> = (
  desktop: Desktop,
  params: P,
  caller: CallerContext,
) => R;

/**
 * Requests the simulator answers beyond the core's catalog (Workspace has them; the official
 * client does not). Internal.
 *
 * @example
 * type ByCase = ExtraRequests['interaction.getByCaseId']['result']; // Interaction[]
 */
export interface ExtraRequests {
  'interaction.getByCaseId': { params: [caseId: string]; result: Interaction[] };
  'interaction.getByBundleId': { params: [bundleId: string]; result: Interaction[] };
}

/**
 * The handler table, typed by the core's catalog: one handler per request of `RequestMap` (and
 * of {@link ExtraRequests}), taking that request's parameters and returning its result. A missing
 * handler, or one with other parameter or result types, is a compile error where the table is
 * assembled (test/catalog-types.ts proves it). Internal.
 *
 * @example
 * const dial: Handlers['voice.dial'] = (desktop, [destination, userData]) =>
 *   void dial(desktop, str(destination, 'destination'), keyValues(userData, 'userData'));
 */
export type Handlers = {
  [N in RequestName]: Handler<RequestParams<N>, RequestResult<N>>;
} & {
  [N in keyof ExtraRequests]: Handler<ExtraRequests[N]['params'], ExtraRequests[N]['result']>;
};

/**
 * Reads a required string parameter, or throws an error naming it.
 *
 * @example
 * str('1', 'interactionId'); // '1'
 */
export function str(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.length === 0)
    throw new Error(`Parameter '${name}' must be a non-empty string`);
  return value;
}

/**
 * Reads an optional flat key/value parameter (`null` and `undefined` give `{}`).
 *
 * @example
 * keyValues(null, 'userData'); // {}
 */
export function keyValues(value: unknown, name: string): KeyValues {
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value))
    throw new Error(`Parameter '${name}' must be an object`);
  return value as KeyValues;
}

/**
 * Throws unless the interaction is in one of `states`.
 *
 * @example
 * expectState(call, ['RINGING'], 'answer'); // throws unless ringing
 */
export function expectState(i: Interaction, states: readonly string[], action: string): void {
  if (!states.includes(i.state))
    throw new Error(`Cannot ${action} interaction '${i.interactionId}' in state ${i.state}`);
}

/**
 * Throws unless the interaction is of the given media.
 *
 * @example
 * expectMedia(interaction, 'voice', 'hold'); // throws for a chat
 */
export function expectMedia(i: Interaction, media: string, action: string): void {
  if (i.media !== media)
    throw new Error(
      `Cannot ${action} interaction '${i.interactionId}': it is ${i.media}, not ${media}`,
    );
}
