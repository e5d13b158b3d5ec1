import type { SimulatedWorkspace } from '@wwe-kit/simulator';
import { h } from './dom';

/**
 * The agent's directory (the seed's `targets`): the destinations a consultation, transfer or
 * conference may go to, so the agent knows what to type in an app. Without one, any destination
 * is accepted.
 *
 * @example
 * panel.append(directoryPanel(workspace));
 */
export function directoryPanel(workspace: SimulatedWorkspace): HTMLElement {
  const { targets } = workspace.getSnapshot();
  return h(
    'section',
    { 'aria-label': 'Directory', class: 'directory' },
    h('h2', {}, `Directory (${targets.length})`),
    targets.length
      ? h(
          'table',
          { 'data-testid': 'directory' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['Destination', 'Type', 'Name'].map((t) => h('th', { scope: 'col' }, t)),
            ),
          ),
          h(
            'tbody',
            {},
            targets.map((t) =>
              h(
                'tr',
                {},
                h('td', {}, h('code', {}, t.destination)),
                h('td', {}, t.type),
                h('td', {}, t.name ?? ''),
              ),
            ),
          ),
        )
      : h(
          'p',
          { class: 'hint', 'data-testid': 'directory' },
          'No directory (seed targets): consult, transfer and conference accept any destination.',
        ),
  );
}
