import type { WorkspaceClient } from '@wwe-kit/core';
import { inspectClient, type TapEvent } from '@wwe-kit/core/internal';
import type { WorkspaceDevtools, WorkspaceDevtoolsOptions } from './mount';

export type { WorkspaceDevtoolsOptions } from './mount';

/**
 * Options of {@link installWorkspaceDevtools}: those of the panel, plus `always`.
 *
 * @example
 * const options: WorkspaceDevtoolsLoaderOptions = { always: import.meta.env.DEV };
 */
export interface WorkspaceDevtoolsLoaderOptions extends WorkspaceDevtoolsOptions {
  /** Load the panel at once and show its button (e.g. `import.meta.env.DEV`); default `false`. */
  always?: boolean;
}

/**
 * The `localStorage` key that opens the devtools when set (to anything; remove it to stop).
 *
 * @example
 * localStorage.setItem(DEVTOOLS_FLAG, '1'); // then reload: the panel opens
 */
export const DEVTOOLS_FLAG = 'wwe-kit:devtools';

/**
 * Makes wwe-kit's devtools available in a production build at the cost of this small loader: the
 * panel's code is fetched (a separate chunk) and the panel opened only when asked for —
 *
 * - the keyboard shortcut **Ctrl+Alt+Shift+W** (opens and closes it; the app's frame must have
 *   the focus),
 * - the `localStorage` flag `wwe-kit:devtools` (`localStorage.setItem('wwe-kit:devtools', '1')` in
 *   the app frame's console, then reload; `removeItem` to stop),
 * - or the URL flag `wwe-kit-devtools` in the app's query or fragment (`…/app/#wwe-kit-devtools`).
 *
 * When a flag (or `always`) asks for the devtools at install, they record from that moment:
 * install right after creating the client and the panel's timeline and export start with the
 * app's first message (a recording a replay can start from). Opened later by the shortcut, they
 * see messages from the moment they load. `mountWorkspaceDevtools` never rejects, so nothing
 * here can fail into the app.
 *
 * Returns the function that uninstalls it (and removes the panel). Call it in the browser (the
 * bindings do: React in an effect, Vue and Angular only where `window` exists).
 *
 * @example
 * import { installWorkspaceDevtools } from '@wwe-kit/devtools/loader';
 *
 * installWorkspaceDevtools(client);
 */
export function installWorkspaceDevtools(
  client: WorkspaceClient,
  options: WorkspaceDevtoolsLoaderOptions = {},
): () => void {
  let devtools: Promise<WorkspaceDevtools> | undefined;
  // Asked for at install: the messages until the panel's chunk is there are kept for it.
  let early: { events: TapEvent[]; stop(): void } | undefined;
  const load = () =>
    (devtools ??= import('./index')
      .then((m) => m.mountWorkspaceDevtools(client, { ...options, history: early?.events ?? [] }))
      .finally(() => {
        // Mounted (the panel watches from now on) or the chunk failed to load: stop buffering.
        early?.stop();
        early = undefined;
      }));
  const onKey = (e: KeyboardEvent) => {
    if (e.ctrlKey && e.altKey && e.shiftKey && e.code == 'KeyW') load().then((d) => d.toggle());
  };
  addEventListener('keydown', onKey);
  let asked = /[?&#]wwe-kit-devtools/.test(location.href);
  try {
    asked ||= !!localStorage.getItem(DEVTOOLS_FLAG);
  } catch {
    /* storage blocked (a third-party frame's settings): the other triggers still work */
  }
  if (asked || options.always) {
    const events: TapEvent[] = [];
    try {
      early = { events, stop: inspectClient(client, (e) => events.push(e)).stop };
    } catch {
      /* not a wwe-kit client: the panel says so when it mounts */
    }
    load().then((d) => asked && d.open());
  }
  return () => {
    early?.stop();
    early = undefined;
    removeEventListener('keydown', onKey);
    devtools?.then((d) => d.unmount());
  };
}
