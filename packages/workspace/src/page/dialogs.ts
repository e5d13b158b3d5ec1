import type { DesktopSnapshot, DialogRecord, SimulatedWorkspace } from '@wwe-kit/simulator';
import { h, isWebUrl } from './dom';
import type { Registry } from './views';

/**
 * The dialogs apps open with `system.openDialog`: the URL in a frame (known to the host as a
 * popup-like frame, so the dialog's page may talk to Workspace too), closed by the agent or by
 * `system.closeDialog`. Each is a modal `<dialog>`: focus moves into it, Escape closes it, and
 * focus returns to where it was when it opened.
 *
 * @example
 * document.body.append(dialogArea(workspace, registry));
 */
export function dialogArea(workspace: SimulatedWorkspace, registry: Registry): HTMLElement {
  const area = h('div', { class: 'dialogs' });
  const open = new Map<string, { el: HTMLDialogElement; opener: Element | null }>();
  const create = (d: DialogRecord) => {
    const label = String(d.label ?? d.id);
    const titleId = `dialog-title-${d.id}`;
    // Only web pages: a `javascript:` or `data:` URL from an app would run in this page's origin.
    const safe = isWebUrl(d.url);
    const iframe = h('iframe', {
      title: label,
      src: safe ? d.url : 'about:blank',
      width: String(d.width ?? 480),
      height: String(d.height ?? 320),
    });
    const close = h(
      'button',
      {
        type: 'button',
        class: 'icon',
        'aria-label': `Close ${label}`,
        'aria-keyshortcuts': 'Escape',
        onclick: () => workspace.dismissDialog(d.id),
      },
      '×',
    );
    const el = h(
      'dialog',
      { 'aria-labelledby': titleId, class: 'dialog', 'data-testid': `dialog-${d.id}` },
      h(
        'div',
        { class: 'line' },
        h('h2', { id: titleId }, label),
        h('small', {}, ` ${d.id}`),
        close,
      ),
      safe
        ? null
        : h('p', { role: 'alert', class: 'error' }, `Not a web page URL: ${d.url.slice(0, 200)}`),
      iframe,
    );
    el.addEventListener('cancel', (e) => {
      e.preventDefault();
      workspace.dismissDialog(d.id);
    });
    const opener = document.activeElement;
    area.append(el);
    const show = () => {
      if (!el.isConnected || el.open) return;
      el.showModal();
      close.focus();
    };
    // A dialog open when the page starts is shown once the page is in the document.
    if (el.isConnected) show();
    else queueMicrotask(show);
    registry.set(iframe, { label: `dialog ${label}`, kind: 'popup' });
    return { el, opener };
  };
  const render = (s: DesktopSnapshot) => {
    const ids = new Set(s.dialogs.map((d) => d.id));
    for (const [id, { el, opener }] of open)
      if (!ids.has(id)) {
        const iframe = el.querySelector('iframe');
        if (iframe) registry.delete(iframe);
        const hadFocus =
          el.contains(document.activeElement) || document.activeElement === document.body;
        el.close();
        el.remove();
        open.delete(id);
        if (hadFocus && opener instanceof HTMLElement && opener.isConnected) opener.focus();
      }
    for (const d of s.dialogs) if (!open.has(d.id)) open.set(d.id, create(d));
  };
  render(workspace.getSnapshot());
  workspace.subscribe(render);
  return area;
}
