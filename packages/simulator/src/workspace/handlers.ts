import { agentHandlers } from './agent-handlers';
import { authHandlers } from './auth';
import { configurationHandlers } from './configuration';
import { interactionHandlers } from './interaction-handlers';
import { emailHandlers } from './open-media';
import { outboundHandlers } from './outbound';
import type { Handler, Handlers } from './params';
import { systemHandlers } from './system';
import { transferHandlers } from './transfers';
import { voiceHandlers } from './voice';

/**
 * The handler table: every request of the core's catalog has a handler taking its parameters and
 * returning its result, so a request declared in the core without one, or a handler of the wrong
 * type, is a compile error here (test/catalog-types.ts checks that it is). Internal.
 *
 * @example
 * handlers['agent.getState'](desktop, [], caller); // the current State
 */
export const handlers: Handlers = {
  ...agentHandlers,
  ...interactionHandlers,
  ...transferHandlers,
  ...voiceHandlers,
  ...emailHandlers,
  ...systemHandlers,
  ...outboundHandlers,
  ...configurationHandlers,
  ...authHandlers,
};

/**
 * Every request the simulated workspace answers, by name, its handler taking the parameters as
 * they came (untrusted: each handler checks them). Internal.
 *
 * @example
 * HANDLERS.get('voice.dial')?.(desktop, ['5001', null], caller);
 */
export const HANDLERS: ReadonlyMap<string, Handler> = new Map(
  Object.entries(handlers) as [string, Handler][],
);

/**
 * The names of every request the simulator implements (the whole catalog, plus
 * `interaction.getByCaseId` and `interaction.getByBundleId`). Internal.
 *
 * @example
 * simulatedRequests().includes('voice.dial'); // true
 */
export function simulatedRequests(): string[] {
  return [...HANDLERS.keys()];
}
