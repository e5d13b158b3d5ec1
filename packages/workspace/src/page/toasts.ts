import type { DesktopSnapshot, SimulatedWorkspace, ToastRecord } from '@wwe-kit/simulator';
import { h } from './dom';

function toast(workspace: SimulatedWorkspace, t: ToastRecord): HTMLElement {
  const p = t.params;
  const title = p.title ?? t.id;
  return h(
    'div',
    {
      class: 'toast',
      role: 'status',
      'aria-label': `Toast ${title}`,
      'data-testid': `toast-${t.id}`,
    },
    h(
      'div',
      { class: 'line' },
      p.iconUrl ? h('img', { src: p.iconUrl, alt: '', width: 16, height: 16 }) : null,
      h('strong', {}, title),
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
          onclick: () => workspace.dismissToast(t.id),
        },
        '×',
      ),
    ),
  );
}

/**
 * Workspace's toasts (`system.popupToast`), with their buttons: a click raises the event to the
 * app that opened the toast.
 *
 * @example
 * document.body.append(toastArea(workspace));
 */
export function toastArea(workspace: SimulatedWorkspace): HTMLElement {
  const area = h('section', { class: 'toasts', 'aria-label': 'Toasts' });
  let last: DesktopSnapshot['toasts'] | undefined;
  const render = (s: DesktopSnapshot) => {
    if (s.toasts === last) return;
    last = s.toasts;
    area.replaceChildren(...s.toasts.map((t) => toast(workspace, t)));
  };
  render(workspace.getSnapshot());
  workspace.subscribe(render);
  return area;
}
