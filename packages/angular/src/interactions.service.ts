import { Injectable, Injector, computed, inject, type Signal } from '@angular/core';
import {
  workspaceStores,
  type CaseSelectionSnapshot,
  type Interaction,
  type InteractionSnapshot,
  type InteractionsSnapshot,
} from '@wwe-kit/core';
import { injectInteraction, type InteractionIdSource } from './inject-interaction';
import { injectWorkspaceStore } from './inject-workspace-store';
import { WORKSPACE_CLIENT } from './workspace-client';

/**
 * The live interactions (all of them, one by id, and the selected case) as signals. Requests are
 * the client's own (`inject(WORKSPACE_CLIENT).voice.answer(id)`), or wrapped in
 * {@link injectWorkspaceAction} for pending/error signals and `whenStable()`.
 *
 * @example
 * ```ts
 * readonly interactions = inject(InteractionsService);
 * private readonly client = inject(WORKSPACE_CLIENT);
 * readonly answer = injectWorkspaceAction((id: string) => this.client.voice.answer(id));
 * // template: `@for (i of interactions.interactions(); track i.interactionId) {
 * //             {{ i.state }} <button (click)="answer.run(i.interactionId)">Answer</button> }`
 * ```
 */
@Injectable({ providedIn: 'root' })
export class InteractionsService {
  private readonly client = inject(WORKSPACE_CLIENT);
  private readonly stores = workspaceStores(this.client);

  /** The interactions snapshot (`status`, `interactions`, `error`). */
  readonly snapshot: Signal<InteractionsSnapshot> = injectWorkspaceStore(this.stores.interactions);
  /** Every live interaction, in arrival order. */
  readonly interactions: Signal<readonly Interaction[]> = computed(
    () => this.snapshot().interactions,
  );
  /** The case selected in Workspace. */
  readonly caseSelection: Signal<CaseSelectionSnapshot> = injectWorkspaceStore(
    this.stores.caseSelection,
  );

  /**
   * One interaction's snapshot as a signal that changes only when that interaction changes; `id`
   * may be a signal or function, followed as it changes (see {@link injectInteraction}, which
   * this calls). Its subscription lives as long as the given `injector`, else the calling
   * component or service: outside an injection context, `injector` is required (Angular's
   * NG0203), so that no call keeps a subscription for the app's lifetime.
   */
  interaction(
    id: InteractionIdSource,
    options?: { injector?: Injector },
  ): Signal<InteractionSnapshot> {
    return injectInteraction(id, undefined, { injector: options?.injector, client: this.client });
  }
}
