import type { DesktopSnapshot, SimulatedWorkspace, ToastRecord } from '@wwe-kit/simulator';
import { h } from './dom';
import type { Announcer } from './live';

/** The shortcut that moves focus to the newest toast (and back with Escape). */
export const TOAST_SHORTCUT = 'Alt+T';

function toast(workspace: SimulatedWorkspace, t: ToastRecord): HTMLElement {
  const p = t.params;
  const title = p.title ?? t.id;
  const titleId = `toast-title-${t.id}`;
  return h(
    'div',
    {
      class: 'toast',
      role: 'group',
      tabindex: -1,
      'aria-labelledby': titleId,
      'data-toast': t.id,
      'data-testid': `toast-${t.id}`,
    },
    h(
      'div',
      { class: 'line' },
      p.iconUrl ? h('img', { src: p.iconUrl, alt: '', width: 16, height: 16 }) : null,
      h('strong', { id: titleId }, title),
      h('small', {}, ` ${t.id}`),
    ),
    p.subject ? h('div', {}, p.subject) : null,
    p.message ? h('p', {}, p.message) : null,
    p.keyValues && Object.keys(p.keyValues).length
      ? h(
          'dl',
          { class: 'userdata' },
          Object.entries(p.keyValues).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, String(v))]),
        )
      : null,
    h(
      'div',
      { class: 'buttons' },
      (p.buttons ?? []).map((label, index) =>
        // The click raises CUSTOM_TOAST_BUTTON_CLICK to the frame that opened the toast.
        h(
          'button',
          { type: 'button', onclick: () => workspace.clickToastButton(t.id, index) },
          label,
        ),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'icon',
          'aria-label': `Dismiss ${title}`,
          'aria-keyshortcuts': 'Escape',
          onclick: () => workspace.dismissToast(t.id),
        },
        '×',
      ),
    ),
  );
}

/**
 * Workspace's toasts (`system.popupToast`), with their buttons: a click raises the event to the
 * app that opened the toast. They take their own place under the header (they never cover the
 * views' tabs), are announced politely, Alt+T moves focus to the newest one and Escape dismisses
 * the focused one; focus then returns to where it was.
 *
 * @example
 * document.body.append(toastArea(workspace, announcer));
 */
export function toastArea(workspace: SimulatedWorkspace, live?: Announcer): HTMLElement {
  const area = h('section', { class: 'toasts', 'aria-label': 'Toasts' });
  const byId = new Map<string, HTMLElement>();
  /** Where focus was before Alt+T: it goes back there once no toast is left. */
  let returnTo: HTMLElement | undefined;
  let last: DesktopSnapshot['toasts'] | undefined;
  const render = (s: DesktopSnapshot) => {
    if (s.toasts === last) return;
    last = s.toasts;
    const active = document.activeElement;
    const focused = [...byId].find(([, el]) => el.contains(active))?.[0];
    const ids = new Set(s.toasts.map((t) => t.id));
    for (const [id, el] of byId)
      if (!ids.has(id)) {
        el.remove();
        byId.delete(id);
      }
    for (const t of s.toasts)
      if (!byId.has(t.id)) {
        const el = toast(workspace, t);
        byId.set(t.id, el);
        area.prepend(el); // newest first
        const text = [t.params.title, t.params.subject, t.params.message]
          .filter(Boolean)
          .join('. ');
        live?.polite(`Toast: ${text || t.id}. ${TOAST_SHORTCUT} to reach it.`);
      }
    area.hidden = byId.size === 0;
    if (focused && !ids.has(focused)) {
      const next = area.querySelector<HTMLElement>('.toast');
      if (next) next.focus();
      else {
        (returnTo?.isConnected ? returnTo : document.body).focus();
        returnTo = undefined;
      }
    }
  };
  area.addEventListener('focusin', (e) => {
    const from = e.relatedTarget;
    if (from instanceof HTMLElement && !area.contains(from)) returnTo = from;
  });
  document.addEventListener('keydown', (e) => {
    if (e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyT') {
      const newest = area.querySelector<HTMLElement>('.toast');
      if (!newest) return;
      e.preventDefault();
      newest.focus();
      return;
    }
    if (e.key === 'Escape') {
      const el = (e.target as Element | null)?.closest?.<HTMLElement>('.toast');
      if (!el || !area.contains(el)) return;
      e.preventDefault();
      workspace.dismissToast(el.dataset.toast!);
    }
  });
  render(workspace.getSnapshot());
  workspace.subscribe(render);
  return area;
}
