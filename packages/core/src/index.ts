export { createWorkspaceClient } from './client';
export type {
  ClientStats,
  EventHandler,
  NamespaceApi,
  RequestOptions,
  WorkspaceClient,
  WorkspaceClientOptions,
} from './client';
export { WorkspaceError, isWorkspaceError, parseRateLimitMessage } from './errors';
export type { WorkspaceErrorCode } from './errors';
export type * from './events';
export type * from './types';
export { CATALOG, catalogMethods, wireParameters } from './requests';
export type {
  AgentRequests,
  AuthRequests,
  ConfigurationRequests,
  EmailRequests,
  InteractionRequests,
  MediaRequests,
  MessengerRequests,
  MethodSpec,
  Namespace,
  NamespaceRequests,
  OutboundRequests,
  RequestMap,
  RequestName,
  RequestParams,
  RequestResult,
  SipEndpointRequests,
  SystemRequests,
  VoiceRequests,
} from './requests';
export { CLIENT_USER_AGENT, PROTOCOL_VERSION, classifyInbound, isSafePayload } from './protocol';
export type {
  InboundMessage,
  OutboundMessage,
  RequestMessage,
  SubscriptionMessage,
} from './protocol';
export type { Transport } from './transport';
export type { ConnectionState, ConnectionStatus } from './connection';
export { createWindowTransport, normalizeOrigin, normalizeOrigins } from './window-transport';
export type { TransportStatus, WindowTransportOptions } from './window-transport';
export { createStore, select, shallowEqual } from './store';
export type { InteropObservable, ReadableStore, StoreHandle } from './store';
export { workspaceStores } from './stores/index';
export type { WorkspaceStores } from './stores/index';
export { createAgentStore, LOADING_AGENT } from './stores/agent';
export type { AgentSnapshot } from './stores/agent';
export { createMediaStore, LOADING_MEDIA } from './stores/media';
export type { MediaSnapshot } from './stores/media';
export { createInteractionStores, LOADING_INTERACTIONS } from './stores/interactions';
export type {
  CaseSelectionSnapshot,
  InteractionSnapshot,
  InteractionStores,
  InteractionsSnapshot,
} from './stores/interactions';
export { createLiveSource, createLiveStore } from './stores/live';
export type { LiveSource, LiveSpec, LiveStatus, LiveStore, StoreStatus } from './stores/live';
