import type { Desktop } from './desktop';
import { str, type Handlers } from './params';
import { findState } from './state-list';

/**
 * Sets the agent's state on every media and raises `agent` `STATE_CHANGED` (with `mediaState`,
 * `reason`, `reasonCode`) then one `media` `STATE_CHANGED` per media. Internal.
 *
 * @example
 * setAgentState(desktop, 'NotReadyBreak'); // agent + media STATE_CHANGED events
 */
export function setAgentState(d: Desktop, operationName: unknown): void {
  const state = findState(d.stateList, operationName);
  d.agentState = state;
  d.emit('agent', {
    eventType: 'STATE_CHANGED',
    mediaState: state.state,
    ...(state.reason === undefined ? {} : { reason: state.reason, reasonCode: state.reasonCode }),
  });
  for (const m of d.media) {
    m.state = { ...state };
    d.emit('media', { eventType: 'STATE_CHANGED', media: m.media, state: { ...state } });
  }
  d.changed();
}

/**
 * Sets the state of one media channel and raises its `media` `STATE_CHANGED`. Internal.
 *
 * @example
 * setMediaState(desktop, 'chat', 'NotReady');
 */
export function setMediaState(d: Desktop, mediaName: unknown, operationName: unknown): void {
  const m = d.media.find((x) => x.media === mediaName);
  if (!m) throw new Error(`Unknown media '${String(mediaName)}'`);
  const state = findState(d.stateList, operationName);
  m.state = { ...state };
  d.emit('media', { eventType: 'STATE_CHANGED', media: m.media, state: { ...state } });
  d.changed();
}

/**
 * The `agent.*` and `media.*` requests. Internal.
 *
 * @example
 * agentHandlers['agent.getState'](desktop, [], caller); // the current State
 */
export const agentHandlers = {
  'agent.get': (d) => d.agent,
  'agent.getState': (d) => d.agentState,
  'agent.getStateList': (d) => d.stateList,
  'agent.setState': (d, [operationName]) => setAgentState(d, str(operationName, 'operationName')),
  'media.getMediaList': (d) => d.media,
  'media.getMediaByName': (d, [mediaName]) => {
    const name = str(mediaName, 'name');
    const m = d.media.find((x) => x.media === name);
    if (!m) throw new Error(`Unknown media '${name}'`);
    return m;
  },
  'media.setState': (d, [mediaName, operationName]) =>
    setMediaState(d, str(mediaName, 'mediaName'), str(operationName, 'operationName')),
} satisfies Partial<Handlers>;
