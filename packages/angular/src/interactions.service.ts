import { Injectable, Injector, computed, inject, type Signal } from '@angular/core';
import {
  workspaceStores,
  type CaseSelectionSnapshot,
  type Interaction,
  type InteractionSnapshot,
  type InteractionsSnapshot,
} from '@wwe-kit/core';
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
  private readonly stores = workspaceStores(inject(WORKSPACE_CLIENT));
  private readonly injector = inject(Injector);

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
   * One interaction's snapshot as a signal that changes only when that interaction changes. Its
   * subscription lives as long as the given `injector`, else the calling component or service (in
   * an injection context), else this service. To follow a changing id with RxJS:
   * `toObservable(id).pipe(switchMap((i) => from(workspaceStores(client).interaction(i))))`.
   */
  interaction(
    id: string | null | undefined,
    options?: { injector?: Injector },
  ): Signal<InteractionSnapshot> {
    return injectWorkspaceStore(this.stores.interaction(id), undefined, {
      injector: options?.injector ?? currentInjector() ?? this.injector,
    });
  }
}

/** The injector of the current injection context, if there is one. */
function currentInjector(): Injector | undefined {
  try {
    return inject(Injector);
  } catch {
    return undefined;
  }
}
