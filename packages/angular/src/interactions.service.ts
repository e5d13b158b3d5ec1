import { DestroyRef, Injectable, Injector, inject, type Signal } from '@angular/core';
import {
  select,
  workspaceStores,
  type CaseSelectionSnapshot,
  type Interaction,
  type InteractionSnapshot,
  type InteractionsSnapshot,
  type KeyValues,
  type RequestOptions,
} from '@wwe-kit/core';
import { map, type Observable } from 'rxjs';
import { injectTrackRequest } from './pending';
import { injectStoreBridge } from './store-bridge';
import { WORKSPACE_CLIENT } from './workspace-client';

/**
 * The live interactions (all of them, or one by id, and the selected case) as shared Observables
 * and signals, plus the interaction and voice actions. Each action is registered with
 * `PendingTasks` until Workspace answers, and rejects with a `WorkspaceError`.
 *
 * @example
 * ```ts
 * readonly interactions = inject(InteractionsService);
 * // in the template: `@for (i of interactions.interactions(); track i.interactionId) { {{ i.state }} }`
 * await this.interactions.answer(id);
 * await this.interactions.setUserData(id, { Note: 'VIP' });
 * ```
 */
@Injectable({ providedIn: 'root' })
export class InteractionsService {
  private readonly client = inject(WORKSPACE_CLIENT);
  private readonly stores = workspaceStores(this.client);
  private readonly bridge = injectStoreBridge();
  private readonly track = injectTrackRequest();
  private readonly byId = new Map<string, Observable<InteractionSnapshot>>();

  /** The interactions snapshot (`status`, `interactions`, `error`). */
  readonly snapshot$: Observable<InteractionsSnapshot> = this.bridge.observable(
    this.stores.interactions,
  );
  /** Every live interaction, in arrival order. */
  readonly interactions$: Observable<readonly Interaction[]> = this.snapshot$.pipe(
    map((s) => s.interactions),
  );
  /** The case selected in Workspace. */
  readonly caseSelection$: Observable<CaseSelectionSnapshot> = this.bridge.observable(
    this.stores.caseSelection,
  );

  /** The interactions snapshot as a signal. */
  readonly snapshot: Signal<InteractionsSnapshot> = this.bridge.signal(this.stores.interactions);
  /** Every live interaction, as a signal. */
  readonly interactions: Signal<readonly Interaction[]> = this.bridge.signal(
    select(this.stores.interactions, (s) => s.interactions),
  );
  /** The case selected in Workspace, as a signal. */
  readonly caseSelection: Signal<CaseSelectionSnapshot> = this.bridge.signal(
    this.stores.caseSelection,
  );

  /**
   * One interaction's snapshot as a shared Observable (the same instance for the same id). It
   * emits only when that interaction changes.
   */
  interaction$(id: string): Observable<InteractionSnapshot> {
    let observable = this.byId.get(id);
    if (!observable) {
      observable = this.bridge.observable(this.stores.interaction(id));
      this.byId.set(id, observable);
    }
    return observable;
  }

  /**
   * One interaction's snapshot as a signal that changes only when that interaction changes. Its
   * subscription lives as long as the calling component or service (in an injection context),
   * the given `injector`, or else this service.
   */
  interaction(id: string, options?: { injector?: Injector }): Signal<InteractionSnapshot> {
    const destroyRef = options?.injector?.get(DestroyRef) ?? currentDestroyRef();
    return this.bridge.signal(this.stores.interaction(id), destroyRef);
  }

  /** Answers a ringing call. */
  answer(id: string, options?: RequestOptions): Promise<void> {
    return this.track(() => this.client.voice.answer(id, options));
  }
  /** Puts a call on hold. */
  hold(id: string, options?: RequestOptions): Promise<void> {
    return this.track(() => this.client.voice.hold(id, options));
  }
  /** Takes a call off hold. */
  resume(id: string, options?: RequestOptions): Promise<void> {
    return this.track(() => this.client.voice.resume(id, options));
  }
  /** Hangs up a call. */
  hangUp(id: string, options?: RequestOptions): Promise<void> {
    return this.track(() => this.client.voice.hangUp(id, options));
  }
  /** Dials a number, optionally with attached data. */
  dial(destination: string, userData?: KeyValues | null, options?: RequestOptions): Promise<void> {
    return this.track(() => this.client.voice.dial(destination, userData, options));
  }
  /** Starts recording a call. */
  startRecording(id: string, options?: RequestOptions): Promise<void> {
    return this.track(() => this.client.voice.startCallRecording(id, options));
  }
  /** Stops recording a call. */
  stopRecording(id: string, options?: RequestOptions): Promise<void> {
    return this.track(() => this.client.voice.stopCallRecording(id, options));
  }
  /** Pauses a call's recording. */
  pauseRecording(id: string, options?: RequestOptions): Promise<void> {
    return this.track(() => this.client.voice.pauseCallRecording(id, options));
  }
  /** Resumes a call's recording. */
  resumeRecording(id: string, options?: RequestOptions): Promise<void> {
    return this.track(() => this.client.voice.resumeCallRecording(id, options));
  }
  /** Marks an interaction done (closes it in Workspace). */
  markDone(id: string, options?: RequestOptions): Promise<void> {
    return this.track(() => this.client.interaction.markdone(id, options));
  }
  /** Writes attached data; keys Workspace forbids reject with a `HOST_ERROR` `WorkspaceError`. */
  setUserData(id: string, keyValues: KeyValues, options?: RequestOptions): Promise<void> {
    return this.track(() => this.client.interaction.setUserData(id, keyValues, options));
  }
  /** Deletes one attached-data key. */
  deleteUserData(id: string, key: string, options?: RequestOptions): Promise<void> {
    return this.track(() => this.client.interaction.deleteUserData(id, key, options));
  }
  /** Selects the case of an interaction in Workspace. */
  selectCase(caseId: string, options?: RequestOptions): Promise<void> {
    return this.track(() => this.client.interaction.selectCaseByCaseId(caseId, options));
  }
}

/** The DestroyRef of the current injection context, if there is one. */
function currentDestroyRef(): DestroyRef | undefined {
  try {
    return inject(DestroyRef);
  } catch {
    return undefined;
  }
}
