import { Injectable, computed, inject, type Signal } from '@angular/core';
import {
  workspaceStores,
  type Agent,
  type AgentSnapshot,
  type RequestOptions,
  type State,
  type StoreStatus,
} from '@wwe-kit/core';
import { map, type Observable } from 'rxjs';
import { injectTrackRequest } from './pending';
import { injectStoreBridge } from './store-bridge';
import { WORKSPACE_CLIENT } from './workspace-client';

/**
 * The agent (identity, current state, state list) as shared Observables and signals, and
 * `setState`. Backed by the core's agent store: one host subscription however many subscribers.
 *
 * @example
 * ```ts
 * readonly agentState = inject(AgentStateService);
 * // in the template: `@if (agentState.state(); as s) { {{ s.displayName }} }`
 * // RxJS:     agentState.state$.pipe(filter(Boolean)).subscribe((s) => log(s.operationName));
 * await this.agentState.setState('NotReadyBreak');
 * ```
 */
@Injectable({ providedIn: 'root' })
export class AgentStateService {
  private readonly client = inject(WORKSPACE_CLIENT);
  private readonly store = workspaceStores(this.client).agent;
  private readonly bridge = injectStoreBridge();
  private readonly track = injectTrackRequest();

  /** The whole agent snapshot (`status`, `agent`, `state`, `stateList`, `error`). */
  readonly snapshot$: Observable<AgentSnapshot> = this.bridge.observable(this.store);
  /** The agent's identity (`undefined` while loading). */
  readonly agent$: Observable<Agent | undefined> = this.snapshot$.pipe(map((s) => s.agent));
  /** The agent's current state (`undefined` while loading). */
  readonly state$: Observable<State | undefined> = this.snapshot$.pipe(map((s) => s.state));
  /** The states the agent may choose. */
  readonly stateList$: Observable<readonly State[]> = this.snapshot$.pipe(map((s) => s.stateList));

  /** The whole agent snapshot as a signal. */
  readonly snapshot: Signal<AgentSnapshot> = this.bridge.signal(this.store);
  /** The agent's identity as a signal. */
  readonly agent: Signal<Agent | undefined> = computed(() => this.snapshot().agent);
  /** The agent's current state as a signal. */
  readonly state: Signal<State | undefined> = computed(() => this.snapshot().state);
  /** The states the agent may choose, as a signal. */
  readonly stateList: Signal<readonly State[]> = computed(() => this.snapshot().stateList);
  /** `'loading'`, `'ready'` or `'error'`. */
  readonly status: Signal<StoreStatus> = computed(() => this.snapshot().status);

  /**
   * Changes the agent's state by operation name (`'Ready'`, `'NotReadyBreak'`…). Registered with
   * `PendingTasks` until Workspace answers.
   */
  setState(operationName: string, options?: RequestOptions): Promise<void> {
    return this.track(() => this.client.agent.setState(operationName, options));
  }

  /** Fetches the agent again (after an error, or to resynchronize). */
  refresh(): Promise<void> {
    return this.track(() => this.store.refresh());
  }
}
