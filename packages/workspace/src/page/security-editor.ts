import { OPTIONS } from '@wwe-kit/core/internal';
import type { WorkspaceHost } from '@wwe-kit/simulator';
import { securityLines, withSecurity } from '../shared/config';
import { errorMessage, h } from './dom';

/**
 * The `service-client-api.*` options as editable INI lines, applied live with `host.setOptions`
 * (they take effect from the next message; reload a view to see how an app starts with them).
 * `refresh(why)` shows the host's options again, after the config file changed them.
 *
 * @example
 * const security = securityEditor(host);
 * panel.append(security.element);
 * security.refresh('Reloaded from workspace.ini');
 */
export function securityEditor(host: WorkspaceHost): {
  element: HTMLElement;
  refresh(why: string): void;
} {
  const text = h('textarea', { 'aria-label': 'Security options', rows: 8, spellcheck: 'false' });
  text.value = securityLines(host.getOptions());
  const status = h('p', { role: 'status', 'data-testid': 'security-status' });
  const apply = () => {
    try {
      host.setOptions(withSecurity(host.getOptions(), text.value));
      text.value = securityLines(host.getOptions());
      status.className = '';
      status.textContent = `Applied at ${new Date().toLocaleTimeString()}`;
    } catch (e) {
      status.className = 'error';
      status.textContent = errorMessage(e);
    }
  };
  const refresh = (why: string) => {
    text.value = securityLines(host.getOptions());
    status.className = '';
    status.textContent = `${why} at ${new Date().toLocaleTimeString()}`;
  };
  const element = h(
    'section',
    { 'aria-label': 'Security options', class: 'security' },
    h('h2', {}, 'Security options'),
    h(
      'p',
      { class: 'hint' },
      `${OPTIONS.prefix}* lines, as in the INI file. Applied from the next message.`,
    ),
    text,
    h('button', { type: 'button', onclick: apply }, 'Apply security options'),
    status,
  );
  return { element, refresh };
}
