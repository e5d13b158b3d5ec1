import { agentHandlers } from './agent-handlers';
import { authHandlers } from './auth';
import { configurationHandlers } from './configuration';
import { interactionHandlers } from './interaction-handlers';
import { emailHandlers } from './open-media';
import { outboundHandlers } from './outbound';
import type { Handler } from './params';
import { systemHandlers } from './system';
import { transferHandlers } from './transfers';
import { voiceHandlers } from './voice';

/**
 * Every request the simulated workspace answers, by name. Internal.
 *
 * @example
 * HANDLERS.get('voice.dial')?.(desktop, ['5001', null], caller);
 */
export const HANDLERS: ReadonlyMap<string, Handler> = new Map(
  Object.entries({
    ...agentHandlers,
    ...interactionHandlers,
    ...transferHandlers,
    ...voiceHandlers,
    ...emailHandlers,
    ...systemHandlers,
    ...outboundHandlers,
    ...configurationHandlers,
    ...authHandlers,
  }),
);

/**
 * The names of every request the simulator implements (the whole catalog, plus
 * `interaction.getByCaseId` and `interaction.getByBundleId`).
 *
 * @example
 * simulatedRequests().includes('voice.dial'); // true
 */
export function simulatedRequests(): string[] {
  return [...HANDLERS.keys()];
}
