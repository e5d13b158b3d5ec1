import { agentHandlers } from './agent-handlers';
import { authHandlers } from './auth';
import { configurationHandlers } from './configuration';
import { interactionHandlers } from './interaction-handlers';
import { emailHandlers } from './open-media';
import { outboundHandlers } from './outbound';
import type { RequestName } from '@wwe-kit/core';
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
const ALL = {
  ...agentHandlers,
  ...interactionHandlers,
  ...transferHandlers,
  ...voiceHandlers,
  ...emailHandlers,
  ...systemHandlers,
  ...outboundHandlers,
  ...configurationHandlers,
  ...authHandlers,
  // Every request of the core's catalog has a handler: a request added to `RequestMap` without
  // one is a compile error here.
} satisfies Record<RequestName, Handler>;

/**
 * Requests of the core's catalog the simulator has no handler for: `never`, checked at compile
 * time (test/catalog-types.test.ts). Internal.
 *
 * @example
 * const none: MissingHandlers = undefined as never;
 */
export type MissingHandlers = Exclude<RequestName, keyof typeof ALL>;

export const HANDLERS: ReadonlyMap<string, Handler> = new Map(Object.entries(ALL));

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
