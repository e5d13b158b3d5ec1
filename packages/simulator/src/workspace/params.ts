import type { Interaction, KeyValues } from '@wwe-kit/core';
import type { CallerContext } from './types';
import type { Desktop } from './desktop';

/**
 * A request handler of the simulated workspace: positional parameters in, result out; a thrown
 * error becomes Workspace's error reply. Internal.
 *
 * @example
 * const getState: Handler = (desktop) => desktop.agentState;
 */
export type Handler = (
  desktop: Desktop,
  params: readonly unknown[],
  caller: CallerContext,
) => unknown;

/**
 * Reads a required string parameter, or throws an error naming it.
 *
 * @example
 * str(['1'], 0, 'interactionId'); // '1'
 */
export function str(params: readonly unknown[], index: number, name: string): string {
  const v = params[index];
  if (typeof v !== 'string' || v.length === 0)
    throw new Error(`Parameter '${name}' must be a non-empty string`);
  return v;
}

/**
 * Reads an optional flat key/value parameter (`null` and `undefined` give `{}`).
 *
 * @example
 * keyValues(['5001', null], 1, 'userData'); // {}
 */
export function keyValues(params: readonly unknown[], index: number, name: string): KeyValues {
  const v = params[index];
  if (v === null || v === undefined) return {};
  if (typeof v !== 'object' || Array.isArray(v))
    throw new Error(`Parameter '${name}' must be an object`);
  return v as KeyValues;
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
