import { Injectable, computed, inject, type Signal } from '@angular/core';
import {
  workspaceStores,
  type Agent,
  type AgentSnapshot,
  type State,
  type StoreStatus,
} from '@wwe-kit/core';
import { injectWorkspaceStore } from './inject-workspace-store';
import { WORKSPACE_CLIENT } from './workspace-client';

/**
 * The agent (identity, current state, state list) as signals, over the core's agent store (one
 * host subscription however many readers). To change the state, call the client (or wrap the call
 * in {@link injectWorkspaceAction} for pending/error signals); RxJS: `toObservable(service.state)`.
 *
 * @example
 * ```ts
 * readonly agentState = inject(AgentStateService);
 * private readonly client = inject(WORKSPACE_CLIENT);
 * readonly setState = injectWorkspaceAction((op: string) => this.client.agent.setState(op));
 * // template: `@if (agentState.state(); as s) { {{ s.displayName }} }`
 * //           <button (click)="setState.run('NotReadyBreak')">Break</button>
 * ```
 */
@Injectable({ providedIn: 'root' })
export class AgentStateService {
  /** The whole agent snapshot (`status`, `agent`, `state`, `stateList`, `error`). */
  readonly snapshot: Signal<AgentSnapshot> = injectWorkspaceStore(
    workspaceStores(inject(WORKSPACE_CLIENT)).agent,
  );
  /** The agent's identity (`undefined` while loading). */
  readonly agent: Signal<Agent | undefined> = computed(() => this.snapshot().agent);
  /** The agent's current state (`undefined` while loading). */
  readonly state: Signal<State | undefined> = computed(() => this.snapshot().state);
  /** The states the agent may choose. */
  readonly stateList: Signal<readonly State[]> = computed(() => this.snapshot().stateList);
  /** `'loading'`, `'ready'` or `'error'`. */
  readonly status: Signal<StoreStatus> = computed(() => this.snapshot().status);
}
