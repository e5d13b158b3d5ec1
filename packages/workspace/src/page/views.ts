import type { Interaction } from '@wwe-kit/core';
import type { DesktopSnapshot, FrameKind } from '@wwe-kit/simulator';
import { viewUrl, type ViewConfig } from '../shared/config';
import { substituteFieldCodes, unresolvedNotice, type FieldSource } from '../shared/field-codes';
import { unreachableMessage } from '../shared/reachability';
import { h, isWebUrl } from './dom';
import type { ReachBoard } from './reach-board';

/** What the page knows of a window that talks to it. */
export interface KnownWindow {
  label: string;
  kind: FrameKind;
  /** Whether the agent sees it now (default: from `kind`). */
  visible?: () => boolean;
}

/**
 * The windows of the views (iframes, popups, dialogs), so the host knows how each frame is shown
 * (`frameKind`), whether it is visible now (`frameVisible`), and the inspector can name it.
 *
 * @example
 * const registry = createRegistry();
 * createWorkspaceHost({ window, workspace, frameKind: registry.kindOf, frameVisible: registry.visibleOf });
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
    /** A tab behind another tab, or the view of an interaction not selected, is not visible. */
    visibleOf(win: Window): boolean {
      const info = get(win);
      if (!info) return true;
      return info.visible ? info.visible() : info.kind !== 'hidden' && info.kind !== 'background';
    },
  };
}
export type Registry = ReturnType<typeof createRegistry>;

/**
 * What the views need of the page.
 *
 * @example
 * const ctx: ViewContext = { registry, reach, base: location.href, agent: () => workspace.getSnapshot().agent, notice: log.notice };
 */
export interface ViewContext {
  registry: Registry;
  reach: ReachBoard;
  /** What relative view URLs resolve against (the page's URL). */
  base: string;
  /** The agent, for `$Agent.…$` field codes. */
  agent(): FieldSource['agent'];
  /** Reports a problem of a view in the message inspector. */
  notice(text: string): void;
}

/** A view's URL with its field codes substituted (unresolved ones reported). */
function urlOf(ctx: ViewContext, v: ViewConfig, interaction?: Interaction): string {
  const { url, unresolved } = substituteFieldCodes(v.url, {
    agent: ctx.agent(),
    ...(interaction && { interaction }),
  });
  for (const u of unresolved) ctx.notice(unresolvedNotice(v.label, u));
  try {
    const href = viewUrl(url, ctx.base);
    if (isWebUrl(href)) return href;
  } catch {
    /* reported below */
  }
  ctx.notice(`View ${v.label}: not a web page URL: ${url.slice(0, 200)}`);
  return 'about:blank';
}

/** A frame is visible while no ancestor is hidden (a tab not selected, an interaction not selected). */
const shown = (el: Element) => el.isConnected && !el.closest('[hidden]');

/**
 * An iframe of a view, recreated by `load()` (a new window: the host sees a new frame), under a
 * notice that says why it stays empty while the server finds nothing at its URL; it reloads
 * by itself once the URL answers.
 */
function frameOf(
  ctx: ViewContext,
  v: ViewConfig,
  o: { label: string; kind: FrameKind; src: string; testId: string; trackVisible?: boolean },
) {
  const notice = h('div', {
    class: 'unreachable',
    role: 'status',
    hidden: true,
    'data-testid': `unreachable-${o.testId}`,
  });
  const box = h('div', { class: 'frame-box' }, notice);
  let iframe: HTMLIFrameElement | undefined;
  const load = () => {
    if (iframe) ctx.registry.delete(iframe);
    iframe?.remove();
    const frame = h('iframe', { title: o.label, src: o.src, 'data-testid': o.testId });
    iframe = frame;
    box.prepend(frame);
    ctx.registry.set(frame, {
      label: o.label,
      kind: o.kind,
      ...(o.trackVisible && { visible: () => shown(frame) }),
    });
  };
  let down = false;
  const stop = ctx.reach.watch(v.url, (r) => {
    const wasDown = down;
    down = !!r && !r.ok;
    notice.hidden = !down;
    if (r && down)
      notice.replaceChildren(
        h('p', {}, unreachableMessage(r)),
        h('button', { type: 'button', onclick: load }, `Retry ${o.label}`),
      );
    if (wasDown && r?.ok && iframe) load();
  });
  return {
    box,
    load,
    remove() {
      stop();
      if (iframe) ctx.registry.delete(iframe);
      box.remove();
    },
  };
}

/**
 * Displays the Workspace-level views as Workspace can: tabs (one visible at a time), popup
 * windows (the app then talks through `window.opener`), background frames (loaded, not shown
 * until expanded) and hidden frames (loaded, never shown). `dispose(next)` removes them (popup
 * windows of views still in `next` stay open: mounting again reuses them).
 *
 * @example
 * const mounted = mountWorkspaceViews(document.getElementById('views')!, config.views, ctx);
 * mounted.dispose(nextConfig.views);
 */
export function mountWorkspaceViews(
  root: HTMLElement,
  views: readonly ViewConfig[],
  ctx: ViewContext,
): { dispose(next?: readonly ViewConfig[]): void } {
  const removers: (() => void)[] = [];
  const wrap = h('div', { class: 'workspace-views' });
  const tabs = views.filter((v) => v.level === 'workspace' && v.mode === 'tab');
  const tablist = h('div', { role: 'tablist', 'aria-label': 'Views' });
  const panels = h('div', { class: 'panels' });
  const tabButtons: HTMLButtonElement[] = [];
  const select = (index: number) => {
    tabButtons.forEach((t, i) => {
      t.setAttribute('aria-selected', String(i === index));
      t.tabIndex = i === index ? 0 : -1;
    });
    [...panels.children].forEach((p, i) => ((p as HTMLElement).hidden = i !== index));
  };
  // Arrow keys, Home and End move between the tabs and show the one they reach.
  tablist.addEventListener('keydown', (e) => {
    const at = tabButtons.indexOf(e.target as HTMLButtonElement);
    if (at < 0) return;
    const n = tabButtons.length;
    const to =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? (at + 1) % n
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
          ? (at - 1 + n) % n
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? n - 1
              : undefined;
    if (to === undefined) return;
    e.preventDefault();
    select(to);
    tabButtons[to]!.focus();
  });
  tabs.forEach((v, index) => {
    const frame = frameOf(ctx, v, {
      label: v.label,
      kind: 'tab',
      src: urlOf(ctx, v),
      testId: `view-${v.section}`,
      trackVisible: true,
    });
    removers.push(frame.remove);
    const tab = h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `tab-${v.section}`,
        'aria-controls': `panel-${v.section}`,
        onclick: () => select(index),
      },
      v.label,
    );
    tabButtons.push(tab);
    tablist.append(tab);
    // The reload button is the panel's, outside the tab list (a tab list holds tabs only).
    panels.append(
      h(
        'div',
        { role: 'tabpanel', id: `panel-${v.section}`, 'aria-labelledby': `tab-${v.section}` },
        h(
          'div',
          { class: 'panel-bar' },
          h(
            'button',
            { type: 'button', class: 'reload', onclick: frame.load },
            h('span', { 'aria-hidden': 'true' }, '↻ '),
            `Reload ${v.label}`,
          ),
        ),
        frame.box,
      ),
    );
    frame.load();
  });
  if (tabs.length === 0)
    panels.append(h('p', {}, 'No view shown as a tab (workspace.web-content).'));
  else select(0);
  wrap.append(tablist, panels);

  const popups = views.filter((v) => v.level === 'workspace' && v.mode === 'popup');
  const popupHandles = popups.map((v) => popupView(v, ctx));
  if (popups.length)
    wrap.append(
      h(
        'section',
        { 'aria-label': 'Popup views', class: 'strip' },
        popupHandles.map((p) => p.el),
      ),
    );

  for (const mode of ['background', 'hidden'] as const) {
    const list = views.filter((v) => v.level === 'workspace' && v.mode === mode);
    if (!list.length) continue;
    const frames = list.map((v) => {
      const f = frameOf(ctx, v, {
        label: v.label,
        kind: mode,
        src: urlOf(ctx, v),
        testId: `view-${v.section}`,
      });
      removers.push(f.remove);
      f.load();
      return h('div', { class: 'frame-row' }, h('h3', {}, v.label), f.box);
    });
    wrap.append(
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
  root.append(wrap);
  return {
    dispose(next = []) {
      const kept = new Set(
        next.filter((v) => v.level === 'workspace' && v.mode === 'popup').map((v) => v.section),
      );
      popupHandles.forEach((p, i) => p.dispose(kept.has(popups[i]!.section)));
      removers.forEach((r) => r());
      wrap.remove();
    },
  };
}

/** A view shown as a popup window: opened at start if the browser lets it, else on a click. */
function popupView(v: ViewConfig, ctx: ViewContext) {
  let win: Window | null = null;
  const status = h('span', { role: 'status', 'data-testid': `popup-status-${v.section}` });
  const notice = h('span', {
    class: 'unreachable-inline',
    role: 'status',
    hidden: true,
    'data-testid': `unreachable-view-${v.section}`,
  });
  const open = () => {
    if (win && !win.closed) ctx.registry.delete(win);
    win = window.open(urlOf(ctx, v), `wwe-${v.section}`, 'popup,width=960,height=760');
    if (win) ctx.registry.set(win, { label: v.label, kind: 'popup' });
    status.textContent = win ? 'open' : 'blocked by the browser: click Open';
  };
  const timer = setInterval(() => {
    if (win?.closed) {
      ctx.registry.delete(win);
      win = null;
      status.textContent = 'closed';
    }
  }, 1000);
  let down = false;
  const stop = ctx.reach.watch(v.url, (r) => {
    const wasDown = down;
    down = !!r && !r.ok;
    notice.hidden = !down;
    notice.textContent = r && down ? unreachableMessage(r) : '';
    if (wasDown && r?.ok && win && !win.closed) open();
  });
  queueMicrotask(open);
  return {
    el: h(
      'span',
      { class: 'popup' },
      `${v.label} (popup) `,
      h('button', { type: 'button', onclick: open }, `Open ${v.label}`),
      ' ',
      status,
      notice,
    ),
    /** Stops watching the window; closes it unless the view stays. */
    dispose(keepWindow: boolean) {
      clearInterval(timer);
      stop();
      if (win) ctx.registry.delete(win);
      if (!keepWindow) win?.close();
    },
  };
}

/**
 * The `interaction.web-content` views: one set per interaction, created when its case is first
 * selected (field codes substituted with that interaction), kept while the interaction lives,
 * shown (and visible to `system.amIVisible`) while its case is selected.
 *
 * @example
 * const interactionViews = mountInteractionViews(el, config.views, ctx);
 * const stop = workspace.subscribe(interactionViews.update);
 */
export function mountInteractionViews(
  root: HTMLElement,
  views: readonly ViewConfig[],
  ctx: ViewContext,
) {
  const list = views.filter((v) => v.level === 'interaction');
  const byInteraction = new Map<string, { box: HTMLElement; remove(): void }>();
  const wrap = h('div', { class: 'interaction-view-sets' });
  const empty = h('p', {}, 'Select an interaction’s case to show its views.');
  if (list.length) wrap.append(h('h2', {}, 'Interaction views'), empty);
  root.append(wrap);
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
        const id = selected.interactionId;
        const frames = list.map((v) => {
          const kind: FrameKind = v.mode === 'tab' ? 'interaction' : v.mode;
          const f = frameOf(ctx, v, {
            label: `${v.label} #${id}`,
            kind,
            src: urlOf(ctx, v, selected),
            testId: `view-${v.section}-${id}`,
            trackVisible: v.mode === 'tab',
          });
          f.load();
          return { f, hidden: v.mode !== 'tab' };
        });
        const box = h(
          'div',
          { 'aria-label': `Views of interaction ${id}`, role: 'region' },
          frames.map(({ f, hidden }) => (hidden ? h('div', { hidden: true }, f.box) : f.box)),
        );
        wrap.append(box);
        byInteraction.set(id, {
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
    /** Removes every interaction's views. */
    dispose(): void {
      for (const set of byInteraction.values()) set.remove();
      byInteraction.clear();
      wrap.remove();
    },
  };
}
