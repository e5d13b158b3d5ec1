/**
 * `@wwe-kit/core/internal`: the pieces of the core that wwe-kit's own packages (the simulator,
 * the workspace server, the docs' generators) and its tests share. **No semver guarantee**: any
 * of it may change or go in any release; apps import `@wwe-kit/core` instead.
 */
import { arityOf, padsWithNull, requests, type Namespace } from './requests';

export { requests, r as declareRequest, NULL_PAD } from './requests';
export { batch } from './store';
export { SPECS, wire } from './namespaces';
export {
  CLIENT_USER_AGENT,
  MAX_DEPTH,
  MAX_NODES,
  PROTOCOL_VERSION,
  classifyInbound,
  has,
  isSafePayload,
} from './protocol';
export type { InboundMessage } from './protocol';
export { parseRateLimitMessage } from './errors';
export {
  OPTIONS,
  JWT_REQUEST,
  acceptLine,
  filterAllows,
  filterForOrigin,
  matchesRequest,
  parseAcceptedOrigins,
} from './rules';
export type { OriginPolicy, RequestFilter, WorkspaceOptionNames } from './rules';
export { normalizeOrigin, normalizeOrigins } from './window-transport';
export { createAgentStore, LOADING_AGENT } from './stores/agent';
export { createMediaStore, LOADING_MEDIA } from './stores/media';
export { createInteractionStores, LOADING_INTERACTIONS } from './stores/interactions';
export { createLiveSource, createLiveStore } from './stores/live';
export type { LiveSource, LiveSpec } from './stores/live';
export { inspectClient } from './inspect';
export type { ClientTables, TapEvent } from './inspect';

/**
 * How one request of the catalog is called on the wire.
 *
 * @example
 * const spec: MethodSpec = { request: 'voice.dial', arity: 2, nullPad: true };
 */
export interface MethodSpec {
  /** Full request name, e.g. `"voice.dial"`. */
  request: string;
  /** Number of positional parameters; 0 means the message carries no `parameters` key. */
  arity: number;
  /** Whether missing trailing parameters are sent as `null` rather than `undefined`. */
  nullPad: boolean;
}

/**
 * Every request of the catalog, namespace by namespace, in declaration order, with how it is
 * called on the wire (read from its declaration in {@link requests}).
 *
 * @example
 * for (const [ns, methods] of catalogMethods()) console.log(ns, methods.map((m) => m.request));
 */
export function catalogMethods(): [Namespace, MethodSpec[]][] {
  return (Object.keys(requests) as Namespace[]).map((ns) => [
    ns,
    Object.entries(requests[ns]).map(([m, spec]) => ({
      request: `${ns}.${m}`,
      arity: arityOf(spec),
      nullPad: padsWithNull(spec),
    })),
  ]);
}
