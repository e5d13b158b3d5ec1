import type { DesktopSnapshot, SimulatedWorkspace } from '@wwe-kit/simulator';
import { h } from './dom';

/**
 * The views apps put in Workspace's application menu bar
 * (`system.updateViewInApplicationMenuBar`), with their label, icon, tooltip and colours.
 *
 * @example
 * header.append(menuBar(workspace));
 */
export function menuBar(workspace: SimulatedWorkspace): HTMLElement {
  const bar = h('nav', { 'aria-label': 'Menu bar', class: 'menu-bar' });
  let last: DesktopSnapshot['menuBarViews'] | undefined;
  const render = (s: DesktopSnapshot) => {
    if (s.menuBarViews === last) return;
    last = s.menuBarViews;
    bar.replaceChildren(
      ...s.menuBarViews.map((v) => {
        const el = h(
          'span',
          {
            class: 'menu-view',
            title: v.tooltip ?? v.label ?? v.name,
            'data-testid': `menu-view-${v.name}`,
          },
          v.iconUrl ? h('img', { src: v.iconUrl, alt: '', width: 16, height: 16 }) : null,
          v.label ?? v.shortLabel ?? v.name,
        );
        if (v.backgroundColor) el.style.background = v.backgroundColor;
        if (v.labelColor) el.style.color = v.labelColor;
        return el;
      }),
    );
  };
  render(workspace.getSnapshot());
  workspace.subscribe(render);
  return bar;
}
