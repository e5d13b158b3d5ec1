import type { DesktopSnapshot, FrameKind } from '@wwe-kit/simulator';
import { viewUrl, type ViewConfig } from './config';
import { h } from './dom';

/** What the page knows of a window that talks to it. */
export interface KnownWindow {
  label: string;
  kind: FrameKind;
}

/**
 * The windows of the views (iframes, popups, dialogs), so the host knows how each frame is shown
 * (`frameKind`) and the inspector can name it.
 *
 * @example
 * const registry = createRegistry();
 * createWorkspaceHost({ window, workspace, frameKind: (source) => registry.kindOf(source) });
 */
export function createRegistry() {
  // Iframes are kept as elements: their window exists only once they are in the document.
  const known = new Map<HTMLIFrameElement | Window, KnownWindow>();
  const get = (win: Window): KnownWindow | undefined => {
    for (const [target, info] of known)
      if ((target instanceof HTMLIFrameElement ? target.contentWindow : target) === win)
        return info;
    return undefined;
  };
  return {
    set: (target: HTMLIFrameElement | Window, info: KnownWindow) => void known.set(target, info),
    get,
    delete: (target: HTMLIFrameElement | Window) => void known.delete(target),
    kindOf: (win: Window): FrameKind => get(win)?.kind ?? 'tab',
  };
}
export type Registry = ReturnType<typeof createRegistry>;

/** An iframe of a view, recreated by `reload()` (a new window: the host sees a new frame). */
function frameOf(registry: Registry, label: string, kind: FrameKind, src: string, testId: string) {
  const box = h('div', { class: 'frame-box' });
  let iframe: HTMLIFrameElement | undefined;
  const load = () => {
    if (iframe) registry.delete(iframe);
    iframe?.remove();
    iframe = h('iframe', { title: label, src, 'data-testid': testId });
    box.append(iframe);
    registry.set(iframe, { label, kind });
  };
  return {
    box,
    load,
    remove() {
      if (iframe) registry.delete(iframe);
      box.remove();
    },
  };
}

/**
 * Displays the Workspace-level views as Workspace can: tabs (one visible at a time), popup
 * windows (the app then talks through `window.opener`), background frames (loaded, not shown
 * until expanded) and hidden frames (loaded, never shown).
 *
 * @example
 * mountWorkspaceViews(document.getElementById('views')!, config.views, registry, location.origin);
 */
export function mountWorkspaceViews(
  root: HTMLElement,
  views: readonly ViewConfig[],
  registry: Registry,
  hostOrigin: string,
): void {
  const tabs = views.filter((v) => v.level === 'workspace' && v.mode === 'tab');
  const tablist = h('div', { role: 'tablist', 'aria-label': 'Views' });
  const panels = h('div', { class: 'panels' });
  const select = (index: number) => {
    [...tablist.querySelectorAll('[role=tab]')].forEach((t, i) =>
      t.setAttribute('aria-selected', String(i === index)),
    );
    [...panels.children].forEach((p, i) => ((p as HTMLElement).hidden = i !== index));
  };
  tabs.forEach((v, index) => {
    const frame = frameOf(
      registry,
      v.label,
      'tab',
      viewUrl(v.url, hostOrigin),
      `view-${v.section}`,
    );
    tablist.append(
      h(
        'span',
        { class: 'tab' },
        h('button', { role: 'tab', id: `tab-${v.section}`, onclick: () => select(index) }, v.label),
        h(
          'button',
          {
            class: 'icon',
            title: `Reload ${v.label}`,
            'aria-label': `Reload ${v.label}`,
            onclick: frame.load,
          },
          '↻',
        ),
      ),
    );
    panels.append(h('div', { role: 'tabpanel', 'aria-labelledby': `tab-${v.section}` }, frame.box));
    frame.load();
  });
  if (tabs.length === 0)
    panels.append(h('p', {}, 'No view shown as a tab (workspace.web-content).'));
  else select(0);
  root.append(tablist, panels);

  const popups = views.filter((v) => v.level === 'workspace' && v.mode === 'popup');
  if (popups.length)
    root.append(
      h(
        'section',
        { 'aria-label': 'Popup views', class: 'strip' },
        popups.map((v) => popupView(v, registry, hostOrigin)),
      ),
    );

  for (const mode of ['background', 'hidden'] as const) {
    const list = views.filter((v) => v.level === 'workspace' && v.mode === mode);
    if (!list.length) continue;
    const frames = list.map((v) => {
      const f = frameOf(registry, v.label, mode, viewUrl(v.url, hostOrigin), `view-${v.section}`);
      f.load();
      return h('div', { class: 'frame-row' }, h('h3', {}, v.label), f.box);
    });
    root.append(
      mode === 'background'
        ? h(
            'details',
            { class: 'background', 'aria-label': 'Background views' },
            h('summary', {}, `Background views (${list.length}): loaded, not shown`),
            frames,
          )
        : h('div', { hidden: true, 'aria-label': 'Hidden views' }, frames),
    );
  }
}

/** A view shown as a popup window: opened at start if the browser lets it, else on a click. */
function popupView(v: ViewConfig, registry: Registry, hostOrigin: string): HTMLElement {
  let win: Window | null = null;
  const status = h('span', { role: 'status', 'data-testid': `popup-status-${v.section}` });
  const open = () => {
    if (win && !win.closed) registry.delete(win);
    win = window.open(viewUrl(v.url, hostOrigin), `wwe-${v.section}`, 'popup,width=960,height=760');
    if (win) registry.set(win, { label: v.label, kind: 'popup' });
    status.textContent = win ? 'open' : 'blocked by the browser: click Open';
  };
  setInterval(() => {
    if (win?.closed) {
      registry.delete(win);
      win = null;
      status.textContent = 'closed';
    }
  }, 1000);
  queueMicrotask(open);
  return h(
    'span',
    { class: 'popup' },
    `${v.label} (popup) `,
    h('button', { type: 'button', onclick: open }, `Open ${v.label}`),
    ' ',
    status,
  );
}

/**
 * The `interaction.web-content` views: one set per interaction, created when its case is first
 * selected, kept while the interaction lives, shown while its case is selected.
 *
 * @example
 * const interactionViews = mountInteractionViews(el, config.views, registry, location.origin);
 * workspace.subscribe(interactionViews.update);
 */
export function mountInteractionViews(
  root: HTMLElement,
  views: readonly ViewConfig[],
  registry: Registry,
  hostOrigin: string,
) {
  const list = views.filter((v) => v.level === 'interaction');
  const byInteraction = new Map<string, { box: HTMLElement; remove(): void }>();
  const empty = h('p', {}, 'Select an interaction’s case to show its views.');
  if (list.length) root.append(h('h2', {}, 'Interaction views'), empty);
  return {
    update(s: DesktopSnapshot): void {
      if (!list.length) return;
      const live = new Set(s.interactions.map((i) => i.interactionId));
      for (const [id, set] of byInteraction)
        if (!live.has(id)) {
          set.remove();
          byInteraction.delete(id);
        }
      const selected =
        s.interactions.find((i) => i.isCaseSelected && !i.parentInteractionId) ??
        s.interactions.find((i) => i.isCaseSelected);
      if (selected && !byInteraction.has(selected.interactionId)) {
        const frames = list.map((v) => {
          const kind: FrameKind = v.mode === 'tab' ? 'interaction' : v.mode;
          const label = `${v.label} #${selected.interactionId}`;
          const f = frameOf(
            registry,
            label,
            kind,
            viewUrl(v.url, hostOrigin, selected),
            `view-${v.section}-${selected.interactionId}`,
          );
          f.load();
          return { f, hidden: v.mode !== 'tab' };
        });
        const box = h(
          'div',
          { 'aria-label': `Views of interaction ${selected.interactionId}`, role: 'region' },
          frames.map(({ f, hidden }) => (hidden ? h('div', { hidden: true }, f.box) : f.box)),
        );
        root.append(box);
        byInteraction.set(selected.interactionId, {
          box,
          remove: () => {
            frames.forEach(({ f }) => f.remove());
            box.remove();
          },
        });
      }
      for (const [id, set] of byInteraction) set.box.hidden = id !== selected?.interactionId;
      empty.hidden = !!selected;
    },
  };
}
