import type { DesktopSnapshot, DialogRecord, SimulatedWorkspace } from '@wwe-kit/simulator';
import { h, isWebUrl } from './dom';
import type { Registry } from './views';

/**
 * The dialogs apps open with `system.openDialog`: the URL in a frame (known to the host as a
 * popup-like frame, so the dialog's page may talk to Workspace too), closed by the agent or by
 * `system.closeDialog`.
 *
 * @example
 * document.body.append(dialogArea(workspace, registry));
 */
export function dialogArea(workspace: SimulatedWorkspace, registry: Registry): HTMLElement {
  const area = h('div', { class: 'dialogs' });
  const open = new Map<string, HTMLElement>();
  const create = (d: DialogRecord) => {
    const label = String(d.label ?? d.id);
    // Only web pages: a `javascript:` or `data:` URL from an app would run in this page's origin.
    const safe = isWebUrl(d.url);
    const iframe = h('iframe', {
      title: label,
      src: safe ? d.url : 'about:blank',
      width: String(d.width ?? 480),
      height: String(d.height ?? 320),
    });
    const el = h(
      'div',
      { role: 'dialog', 'aria-label': label, class: 'dialog', 'data-testid': `dialog-${d.id}` },
      h(
        'div',
        { class: 'line' },
        h('strong', {}, label),
        h('small', {}, ` ${d.id}`),
        h(
          'button',
          {
            type: 'button',
            class: 'icon',
            'aria-label': `Close ${label}`,
            onclick: () => workspace.dismissDialog(d.id),
          },
          '×',
        ),
      ),
      safe
        ? null
        : h('p', { role: 'alert', class: 'error' }, `Not a web page URL: ${d.url.slice(0, 200)}`),
      iframe,
    );
    area.append(el);
    registry.set(iframe, { label: `dialog ${label}`, kind: 'popup' });
    return el;
  };
  const render = (s: DesktopSnapshot) => {
    const ids = new Set(s.dialogs.map((d) => d.id));
    for (const [id, el] of open)
      if (!ids.has(id)) {
        const iframe = el.querySelector('iframe');
        if (iframe) registry.delete(iframe);
        el.remove();
        open.delete(id);
      }
    for (const d of s.dialogs) if (!open.has(d.id)) open.set(d.id, create(d));
  };
  render(workspace.getSnapshot());
  workspace.subscribe(render);
  return area;
}
