import type { WorkspaceClient } from '../client';
import type { WorkspaceError } from '../errors';
import { createStore, emit } from '../store';
import type { Interaction } from '../types';
import { createLiveSource, createLiveStore, type LiveStore, type StoreStatus } from './live';

/**
 * The interactions store's snapshot: every live interaction, in arrival order.
 *
 * @example
 * const { status, interactions } = stores.interactions.get();
 * const ringing = interactions.filter((i) => i.state === 'RINGING');
 */
export interface InteractionsSnapshot {
  status: StoreStatus;
  interactions: readonly Interaction[];
  error?: WorkspaceError;
}

/**
 * One interaction's snapshot: `interaction` is `undefined` while loading and when no live
 * interaction has that id.
 *
 * @example
 * const { interaction } = stores.interaction('12').get();
 */
export interface InteractionSnapshot {
  status: StoreStatus;
  interaction: Interaction | undefined;
  error?: WorkspaceError;
}

/**
 * The case selected in Workspace: `caseId` follows the `selectedCaseId` of `CASE_SELECTED` /
 * `CASE_EXPANDED` / `CASE_COLLAPSED` events at once, and the interactions' `isCaseSelected` /
 * `isCaseExpanded` fields (fetched again after each of those events) settle `expanded`.
 *
 * @example
 * const { caseId, expanded } = stores.caseSelection.get();
 */
export interface CaseSelectionSnapshot {
  status: StoreStatus;
  caseId: string | undefined;
  expanded: boolean;
  error?: WorkspaceError;
}

/** The three views over the live interactions, sharing one fetch and one host subscription. */
export interface InteractionStores {
  interactions: LiveStore<InteractionsSnapshot>;
  /**
   * The store of one interaction: the same instance for the same id while it is in use. No id
   * (`null`, `undefined` or `''`, e.g. nothing selected yet) gives a store that holds no
   * interaction (`status: 'ready'`) and never talks to Workspace.
   */
  interaction(id: string | null | undefined): LiveStore<InteractionSnapshot>;
  caseSelection: LiveStore<CaseSelectionSnapshot>;
}

/** Snapshots before the first fetch (and on a server). */
export const LOADING_INTERACTIONS: InteractionsSnapshot = Object.freeze({
  status: 'loading',
  interactions: Object.freeze([]),
});
const NO_ONE: InteractionSnapshot = Object.freeze({ status: 'ready', interaction: undefined });
/** The store of no interaction: `interaction(null)`. */
const NO_INTERACTION: LiveStore<InteractionSnapshot> = {
  ...createStore(() => NO_ONE).store,
  refresh: () => Promise.resolve(),
};
const LOADING_ONE: InteractionSnapshot = Object.freeze({
  status: 'loading',
  interaction: undefined,
});
const LOADING_CASE: CaseSelectionSnapshot = Object.freeze({
  status: 'loading',
  caseId: undefined,
  expanded: false,
});

/**
 * The live interactions, fetched with `interaction.getInteractions` and kept current by
 * `interaction` events: `ADDED` inserts, `REMOVED` deletes, any other event replaces that one
 * interaction with the event's copy (given the event's `media` when the copy has none). An event
 * that lacks what the stores need (a case event, which carries only `selectedCaseId`; an
 * interaction without `state`; no interaction at all) makes them fetch the list again, coalesced
 * (see {@link createLiveSource}). Applying an event costs O(1) whatever the number of live
 * interactions: only that interaction's store is notified, and the list snapshot is rebuilt only
 * when someone reads it after a change.
 *
 * @example
 * const { interactions, interaction, caseSelection } = createInteractionStores(client);
 * interaction('1').subscribe(({ interaction }) => console.log(interaction?.state));
 */
export function createInteractionStores(client: WorkspaceClient): InteractionStores {
  const byId = new Map<string, Interaction>();
  // Per-id stores share these maps, so any store object of an id (even one pruned from the
  // cache) sees the same snapshot and listeners.
  const oneSnaps = new Map<string, InteractionSnapshot>();
  const oneListeners = new Map<string, Set<{ l: (s: InteractionSnapshot) => void }>>();
  const oneStores = new Map<string, LiveStore<InteractionSnapshot>>();
  // `status` leaves 'loading' with the first commit, and events apply only after it.
  let status: StoreStatus = 'loading';
  let error: WorkspaceError | undefined;
  let caseId: string | undefined;
  let expanded = false;
  // Snapshots are built when read after a change (`undefined` = changed).
  let listSnap: InteractionsSnapshot | undefined = LOADING_INTERACTIONS;
  let caseSnap: CaseSelectionSnapshot | undefined = LOADING_CASE;

  /** A snapshot of `fields` with the current status (and error). */
  const snap = <T>(fields: T) => ({ status, ...fields, ...(error && { error }) });
  const getOne = (id: string): InteractionSnapshot => {
    let s = oneSnaps.get(id);
    if (!s)
      oneSnaps.set(
        id,
        (s = status === 'loading' ? LOADING_ONE : snap({ interaction: byId.get(id) })),
      );
    return s;
  };
  const notifyOne = (id: string) => {
    const ls = oneListeners.get(id);
    if (ls) emit(ls, getOne(id));
  };
  const touch = (id: string) => {
    listSnap = undefined;
    oneSnaps.delete(id);
    if (!byId.has(id) && !oneListeners.has(id)) oneStores.delete(id);
    notifyOne(id);
  };
  const setCase = (id: string | undefined, isExpanded: boolean) => {
    if (caseId === id && expanded === isExpanded) return;
    caseId = id;
    expanded = isExpanded;
    caseSnap = undefined;
    caseHandle.notify();
  };
  const setStatus = (next: StoreStatus, err?: WorkspaceError) => {
    status = next;
    error = err;
    listSnap = caseSnap = undefined;
    oneSnaps.clear();
    for (const id of oneListeners.keys()) notifyOne(id);
    caseHandle.notify();
    listHandle.notify();
  };

  const source = createLiveSource<Interaction[]>(client, {
    name: 'interactions',
    topics: ['interaction'],
    requests: ['interaction.getInteractions'],
    fetch: () => client.interaction.getInteractions(),
    commit(list) {
      const before = new Map(byId);
      byId.clear();
      let selected: Interaction | undefined;
      let flagged = false;
      for (const i of Array.isArray(list) ? list : []) {
        if (!isInteraction(i)) continue;
        // An unchanged interaction keeps its identity: a new snapshot notifies only what changed.
        const old = before.get(i.interactionId);
        byId.set(i.interactionId, old && sameJson(old, i) ? old : i);
        flagged ||= typeof i.isCaseSelected === 'boolean';
        if (i.isCaseSelected) selected = i;
      }
      // The snapshot's `isCaseSelected` / `isCaseExpanded` fields are the truth when it has them;
      // without them, a case selected by an event stays selected while one of its interactions does.
      const [nextCase, nextExpanded] =
        selected || flagged
          ? [selected?.caseId, !!selected?.isCaseExpanded]
          : caseId !== undefined && members(caseId).length
            ? [caseId, expanded]
            : [undefined, false];
      if (status === 'ready' && !error) {
        let any = false;
        for (const id of new Set([...before.keys(), ...byId.keys()]))
          if (before.get(id) !== byId.get(id)) {
            touch(id);
            any = true;
          }
        if (any) listHandle.notify();
        return setCase(nextCase, nextExpanded);
      }
      caseId = nextCase;
      expanded = nextExpanded;
      for (const id of before.keys()) if (!byId.has(id)) touch(id);
      setStatus('ready');
    },
    apply(_topic, data) {
      if (typeof data !== 'object' || data === null) return 'not an object';
      const e = data as Record<string, unknown>;
      const type = e.eventType;
      if (type === 'CASE_SELECTED' || type === 'CASE_EXPANDED' || type === 'CASE_COLLAPSED') {
        // Documented: `{ eventType, selectedCaseId }` and nothing else. The interactions'
        // `isCaseSelected` / `isCaseExpanded` fields changed too: the snapshot says how.
        const id = e.selectedCaseId;
        if (typeof id !== 'string') return 'no selectedCaseId';
        setCase(
          id,
          type === 'CASE_SELECTED'
            ? id === caseId
              ? expanded
              : members(id).some((i) => i.isCaseExpanded)
            : type === 'CASE_EXPANDED',
        );
        return 'case fields';
      }
      const i = e.interaction as Interaction | null | undefined;
      if (typeof i !== 'object' || i === null) return 'no interaction';
      const id = i.interactionId;
      if (typeof id !== 'string') return 'no interactionId';
      if (type === 'REMOVED') {
        if (byId.delete(id)) changed(id);
        return;
      }
      if (typeof i.state !== 'string') return 'partial interaction';
      const next = withMedia(i, e.media);
      if (byId.get(id) !== next) {
        byId.set(id, next);
        changed(id);
      }
      if (typeof type !== 'string') return 'no eventType';
    },
    fail: (e) => setStatus('error', e as WorkspaceError),
  });
  const changed = (id: string) => {
    touch(id);
    listHandle.notify();
  };
  /** The interactions of a case. */
  const members = (id: string) => [...byId.values()].filter((i) => i.caseId === id);

  // Every view retains the one live source, which counts its users itself.
  const listHandle = createLiveStore(
    () => (listSnap ??= snap({ interactions: Array.from(byId.values()) })),
    source,
  );
  const caseHandle = createLiveStore(() => (caseSnap ??= snap({ caseId, expanded })), source);

  const interaction = (id: string | null | undefined): LiveStore<InteractionSnapshot> => {
    if (!id) return NO_INTERACTION;
    let store = oneStores.get(id);
    if (store) return store;
    const handle = createStore(() => getOne(id));
    store = {
      ...handle.store,
      subscribe(l) {
        let ls = oneListeners.get(id);
        if (!ls) oneListeners.set(id, (ls = new Set()));
        const entry = { l };
        ls.add(entry);
        const release = source.retain();
        return () => {
          if (!ls.delete(entry)) return;
          release();
          if (ls.size === 0 && oneListeners.get(id) === ls) {
            oneListeners.delete(id);
            // Forget ended interactions nobody watches, so their ids don't accumulate.
            if (!byId.has(id)) {
              oneSnaps.delete(id);
              oneStores.delete(id);
            }
          }
        };
      },
      refresh: source.refresh,
    };
    oneStores.set(id, store);
    return store;
  };

  return {
    interactions: listHandle.store,
    interaction,
    caseSelection: caseHandle.store,
  };
}

/**
 * The interaction of an event, with the event's `media` when it has none of its own: Genesys's
 * documented `ATTACHED_DATA_CHANGED` example gives `media` beside the interaction, not in it.
 */
function withMedia(i: Interaction, media: unknown): Interaction {
  return i.media === undefined && typeof media === 'string' ? { ...i, media } : i;
}

/** Whether two interactions serialize the same (`false` for what JSON cannot hold, e.g. a BigInt). */
function sameJson(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}

function isInteraction(i: unknown): i is Interaction {
  return (
    typeof i === 'object' && i !== null && typeof (i as Interaction).interactionId === 'string'
  );
}
