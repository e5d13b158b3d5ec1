import { computed, type Signal } from '@angular/core';
import {
  workspaceStores,
  type AgentSnapshot,
  type CaseSelectionSnapshot,
  type ConnectionState,
  type EventHandler,
  type InteractionsSnapshot,
  type MediaSnapshot,
  type RequestName,
  type State,
  type Topic,
} from '@wwe-kit/core';
import { injectContext, type InjectWorkspaceOptions } from './inject-context';
import { injectWorkspaceStore, onDestroy } from './inject-workspace-store';

/**
 * The agent snapshot (`status`, `agent`, `state`, `stateList`, `error`) as a signal, released
 * with the calling injector (as every `inject*` function; or `options.injector`).
 *
 * @example
 * readonly agent = injectAgent(); // template: {{ agent().agent?.username }}
 */
export function injectAgent(options?: InjectWorkspaceOptions): Signal<AgentSnapshot> {
  const { injector, client } = injectContext(injectAgent, options);
  return injectWorkspaceStore(workspaceStores(client).agent, undefined, { injector });
}

const currentState = (s: AgentSnapshot) => s.state;

/**
 * The agent's current state, or a slice of the agent snapshot chosen by `selector` (compared with
 * `shallowEqual`), as a signal.
 *
 * @example
 * readonly state = injectAgentState();
 * readonly ready = injectAgentState((s) => s.state?.state === 'READY');
 */
export function injectAgentState(
  selector?: undefined,
  options?: InjectWorkspaceOptions,
): Signal<State | undefined>;
export function injectAgentState<U>(
  selector: (snapshot: AgentSnapshot) => U,
  options?: InjectWorkspaceOptions,
): Signal<U>;
export function injectAgentState<U>(
  selector?: (snapshot: AgentSnapshot) => U,
  options?: InjectWorkspaceOptions,
): Signal<U | State | undefined> {
  const { injector, client } = injectContext(injectAgentState, options);
  return injectWorkspaceStore<AgentSnapshot, U | State | undefined>(
    workspaceStores(client).agent,
    selector ?? currentState,
    { injector },
  );
}

/**
 * The interactions snapshot (`status`, `interactions`, `error`), or a slice of it chosen by
 * `selector` (compared with `shallowEqual`), as a signal.
 *
 * @example
 * readonly ids = injectInteractions((s) => s.interactions.map((i) => i.interactionId));
 */
export function injectInteractions(
  selector?: undefined,
  options?: InjectWorkspaceOptions,
): Signal<InteractionsSnapshot>;
export function injectInteractions<U>(
  selector: (snapshot: InteractionsSnapshot) => U,
  options?: InjectWorkspaceOptions,
): Signal<U>;
export function injectInteractions<U>(
  selector?: (snapshot: InteractionsSnapshot) => U,
  options?: InjectWorkspaceOptions,
): Signal<U | InteractionsSnapshot> {
  const { injector, client } = injectContext(injectInteractions, options);
  return injectWorkspaceStore<InteractionsSnapshot, U | InteractionsSnapshot>(
    workspaceStores(client).interactions,
    selector,
    { injector },
  );
}

/**
 * The case selected in Workspace (`caseId`, `expanded`) as a signal.
 *
 * @example
 * readonly selected = injectSelectedCase(); // template: {{ selected().caseId }}
 */
export function injectSelectedCase(
  options?: InjectWorkspaceOptions,
): Signal<CaseSelectionSnapshot> {
  const { injector, client } = injectContext(injectSelectedCase, options);
  return injectWorkspaceStore(workspaceStores(client).caseSelection, undefined, { injector });
}

/**
 * The agent's media channels and their states (`status`, `media`) as a signal.
 *
 * @example
 * readonly media = injectMediaList(); // template: `@for (m of media().media; track m.name) {…}`
 */
export function injectMediaList(options?: InjectWorkspaceOptions): Signal<MediaSnapshot> {
  const { injector, client } = injectContext(injectMediaList, options);
  return injectWorkspaceStore(workspaceStores(client).media, undefined, { injector });
}

/**
 * Whether Workspace answers, and if not, why and what to set (`client.connection`), as a signal.
 *
 * @example
 * readonly connection = injectConnection(); // template: {{ connection().message }}
 */
export function injectConnection(options?: InjectWorkspaceOptions): Signal<ConnectionState> {
  const { injector, client } = injectContext(injectConnection, options);
  return injectWorkspaceStore(client.connection, undefined, { injector });
}

/**
 * Whether Workspace lets this app call `request` (`undefined` until known), as a signal.
 *
 * @example
 * readonly canDial = injectCan('voice.dial'); // template: [disabled]="canDial() === false"
 */
export function injectCan(
  request: RequestName | (string & {}),
  options?: InjectWorkspaceOptions,
): Signal<boolean | undefined> {
  const { injector, client } = injectContext(injectCan, options);
  const allowed = injectWorkspaceStore(client.connection, (s) => s.allowedServices, { injector });
  return computed(() => (allowed(), client.can(request)));
}

/**
 * Calls `handler` for every event of `topic` until the injector is destroyed (the handler and,
 * when it was the last one, the Workspace subscription are then removed). Returns a function that
 * removes it earlier. For RxJS, `WorkspaceEventsService.events$(topic)`.
 *
 * @example
 * constructor() {
 *   injectWorkspaceEvent('system', (e) => console.log(e.eventType));
 * }
 */
export function injectWorkspaceEvent<T extends Topic>(
  topic: T,
  handler: EventHandler<T>,
  options?: InjectWorkspaceOptions,
): () => void {
  const { injector, client } = injectContext(injectWorkspaceEvent, options);
  let off = (): void => {};
  if (!onDestroy(injector, () => off())) return off;
  off = client.on(topic, handler);
  return () => off();
}
