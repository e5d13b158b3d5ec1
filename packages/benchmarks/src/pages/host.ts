/**
 * The Workspace side of the browser benchmarks, `?kind=`:
 * - `echo`: posts every message straight back to its sender (the physical limit of a round trip);
 * - `minimal`: answers every request at once (`agent.getState` → a state, `interaction.getInteractions`
 *   → the live interactions, anything else → no data), confirms subscriptions, and on the client's
 *   `{ bench: 'go' }` posts the prepared burst of events as fast as it can;
 * - `simulator`: `@wwe-kit/simulator`'s host over a simulated workspace, accepting the client's origin
 *   (`?client=`) for every request.
 */
import { OPTIONS } from '@wwe-kit/core/internal';
import { createSimulatedWorkspace, createWorkspaceHost } from '@wwe-kit/simulator';
import { READY_STATE, SERVER, initialInteractions, interactionEvents } from '../lib/payloads.mjs';

const params = new URLSearchParams(location.search);
const kind = params.get('kind');
const clientOrigin = params.get('client') ?? '';

let burst: unknown[] = [];
let live: unknown[] = [];

function echo(e: MessageEvent) {
  (e.source as Window | null)?.postMessage(e.data, e.origin);
}

function minimal(e: MessageEvent) {
  const m = e.data;
  const source = e.source as Window | null;
  if (!source || typeof m !== 'object' || m === null) return;
  if (m.bench === 'go') {
    for (const event of burst) source.postMessage(event, e.origin);
  } else if (typeof m.request === 'string') {
    const data =
      m.request === 'agent.getState'
        ? READY_STATE
        : m.request === 'interaction.getInteractions'
          ? live
          : undefined;
    source.postMessage(
      data === undefined
        ? { referenceId: m.referenceId, ...SERVER }
        : { referenceId: m.referenceId, data, ...SERVER },
      e.origin,
    );
  } else if (m.event === 'subscribe') {
    source.postMessage(
      { referenceId: m.referenceId, subscriptionId: `s${m.referenceId}`, ...SERVER },
      e.origin,
    );
  }
}

if (kind === 'echo') window.addEventListener('message', echo);
else if (kind === 'minimal') window.addEventListener('message', minimal);
else if (kind === 'simulator')
  createWorkspaceHost({
    window,
    workspace: createSimulatedWorkspace(),
    options: { [OPTIONS.origins]: clientOrigin },
  });
else throw new Error(`unknown host kind ${kind}`);

(window as any).bench = {
  /** Embeds `src` (cross-origin isolated, so its clock has 5 µs resolution); resolves on load. */
  embed(src: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const el = document.createElement('iframe');
      el.name = 'client';
      el.allow = 'cross-origin-isolated';
      el.src = src;
      el.onload = () => resolve();
      el.onerror = () => reject(new Error(`could not load ${src}`));
      document.body.append(el);
    });
  },
  /** Builds the burst (`count` events over `interactions` live interactions) ahead of time. */
  prepareBurst(count: number, interactions: number): void {
    live = initialInteractions(interactions);
    burst = interactionEvents(count, interactions);
  },
};
