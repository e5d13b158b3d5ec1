export { createWorkspaceClient } from './client';
export type {
  ClientStats,
  EventHandler,
  WorkspaceClient,
  WorkspaceClientOptions,
  WorkspaceClientOptionsBase,
} from './client';
export { WorkspaceError, isWorkspaceError } from './errors';
export { withOptions, isCallOptions } from './options';
export type { CallOptions, RequestOptions } from './options';
export type { WorkspaceErrorCode } from './errors';
export type * from './events';
export type * from './types';
export type {
  DeclaredRequest,
  Namespace,
  NamespaceApi,
  RequestCatalog,
  RequestEvents,
  RequestMap,
  RequestArguments,
  RequestMethod,
  RequestName,
  RequestParams,
  RequestResult,
  RequestSpec,
} from './requests';
export type { OutboundMessage, RequestMessage, SubscriptionMessage } from './protocol';
export type { Transport } from './transport';
export type { ConnectionState, ConnectionStatus } from './connection';
export { createWindowTransport } from './window-transport';
export type { TransportStatus, WindowTransportOptions } from './window-transport';
export { createStore, select, shallowEqual } from './store';
export type { InteropObservable, ReadableStore, StoreHandle } from './store';
export { createAction } from './action';
export type { ActionState, ActionStatus, ActionStore } from './action';
export { workspaceStores } from './stores/index';
export type { WorkspaceStores } from './stores/index';
export type { AgentSnapshot } from './stores/agent';
export type { MediaSnapshot } from './stores/media';
export type {
  CaseSelectionSnapshot,
  InteractionSnapshot,
  InteractionStores,
  InteractionsSnapshot,
} from './stores/interactions';
export type { LiveStore, StoreStatus } from './stores/live';
