// Type test (compiled by `pnpm typecheck`, never run): the simulator's handlers and events are
// typed by @wwe-kit/core's catalog and event map. Each `@ts-expect-error` below must be needed
// (tsc fails on an unused one), so each proves that the compiler catches that mistake.
import type { Desktop } from '../src/workspace/desktop';
import { handlers } from '../src/workspace/handlers';
import type { Handlers } from '../src/workspace/params';

// The table the simulator assembles is complete and well typed.
export const complete: Handlers = handlers;

// A request of the catalog without a handler.
const { 'voice.dial': _dial, ...withoutDial } = handlers;
// @ts-expect-error -- property 'voice.dial' is missing
export const incomplete: Handlers = withoutDial;

// A handler whose parameters are not the request's: `voice.dial` taking a number destination
// (the same handler taking a string compiles).
export const rightParameters: Handlers = {
  ...handlers,
  'voice.dial': (_desktop, [destination]: [string, unknown?]) => void destination,
};
export const wrongParameters: Handlers = {
  ...handlers,
  // @ts-expect-error -- `string` (the destination) is not assignable to `number`
  'voice.dial': (_desktop, [destination]: [number, unknown?]) => void destination,
};

// A handler whose result is not the request's: `agent.getState` answers a State.
export const rightResult: Handlers = {
  ...handlers,
  'agent.getState': () => ({ operationName: 'Ready', displayName: 'Ready', state: 'READY' }),
};
export const wrongResult: Handlers = {
  ...handlers,
  // @ts-expect-error -- `number` is not assignable to `State`
  'agent.getState': () => 42,
};

// A handler for a request the catalog does not know.
export const unknownRequest: Handlers = {
  ...handlers,
  // @ts-expect-error -- 'voice.dail' does not exist in type 'Handlers'
  'voice.dail': () => undefined,
};

// `emit` is typed by the event map.
export function events(desktop: Desktop): void {
  desktop.emit('agent', { eventType: 'STATE_CHANGED', mediaState: 'READY' });
  desktop.emit('messenger:crm', { anything: 'goes' }); // a broadcast carries what the frame sent
  // @ts-expect-error -- an `interaction` event needs `eventType` and `interaction`
  desktop.emit('interaction', { wrong: 1 });
  // @ts-expect-error -- an `agent` event needs an `eventType`
  desktop.emit('agent', { mediaState: 'READY' });
  // @ts-expect-error -- not a topic
  desktop.emit('interactions', {});
  // @ts-expect-error -- not an interaction event type
  desktop.emitInteraction('RINGIN', desktop.interaction('1'));
}
