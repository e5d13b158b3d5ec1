// The Workspace-like agent desktop: a simulated Workspace (`@wwe-kit/simulator`) whose host
// answers the real window messages of the views it embeds, as configured by a Workspace INI file.
import {
  createSimulatedWorkspace,
  createWorkspaceHost,
  type HostLogEntry,
} from '@wwe-kit/simulator';
import { readConfig, type WorkspaceConfig } from './config';
import { agentStateMenu, interactionList, simulateForm } from './desktop';
import { dialogArea } from './dialogs';
import { errorMessage, h } from './dom';
import { inspector } from './inspector';
import { menuBar } from './menu-bar';
import { securityEditor } from './security-editor';
import { toastArea } from './toasts';
import { createRegistry, mountInteractionViews, mountWorkspaceViews } from './views';
import './styles.css';

/** The config file: `?config=<url>` (relative to this page), else the served `workspace.ini`. */
async function loadConfig(): Promise<{ source: string; config: WorkspaceConfig }> {
  const source = new URL(location.href).searchParams.get('config') ?? '/workspace.ini';
  const response = await fetch(source, { cache: 'no-store' });
  if (!response.ok) throw new Error(`Cannot load the config ${source}: HTTP ${response.status}`);
  return { source, config: readConfig(await response.text()) };
}

async function start(root: HTMLElement): Promise<void> {
  const { source, config } = await loadConfig();
  const registry = createRegistry();
  const workspace = createSimulatedWorkspace({ now: Date.now });
  const host = createWorkspaceHost({
    window,
    workspace,
    options: config.options,
    frameKind: (source) => registry.kindOf(source),
  });
  const names = new Map<string, string>();
  const viewOfOrigin = (origin: string) =>
    config.views.find((v) => {
      try {
        return new URL(v.url, location.href).origin === origin;
      } catch {
        return false;
      }
    })?.label;
  const frameName = (e: HostLogEntry) => {
    if (e.frameId === undefined) return `(not a frame) ${viewOfOrigin(e.origin) ?? ''}`.trim();
    let name = names.get(e.frameId);
    if (!name) {
      const source = host.frames().find((f) => f.frameId === e.frameId)?.source;
      const label = source && registry.get(source)?.label;
      name = `${e.frameId} ${label ?? viewOfOrigin(e.origin) ?? ''}`.trim();
      names.set(e.frameId, name);
    }
    return name;
  };

  const views = h('div', { class: 'views', 'aria-label': 'Web extension views', role: 'region' });
  const interactionViews = h('div', { class: 'interaction-views' });
  root.replaceChildren(
    h(
      'header',
      {},
      h('h1', {}, 'Workspace', h('small', {}, ' simulated agent desktop')),
      agentStateMenu(workspace),
      menuBar(workspace),
      h(
        'a',
        { href: source, target: '_blank', class: 'config', title: 'The INI config file' },
        source,
      ),
    ),
    config.problems.length
      ? h(
          'ul',
          { role: 'alert', class: 'problems', 'aria-label': 'Config problems' },
          config.problems.map((p) => h('li', {}, p)),
        )
      : '',
    h(
      'div',
      { class: 'desktop' },
      h(
        'aside',
        { 'aria-label': 'Agent desktop' },
        h('h2', {}, 'Simulate'),
        simulateForm(workspace),
        interactionList(workspace),
      ),
      h('main', {}, views, interactionViews),
    ),
    h('div', { class: 'bottom' }, inspector(host, frameName), securityEditor(host)),
    toastArea(workspace),
    dialogArea(workspace, registry),
  );
  mountWorkspaceViews(views, config.views, registry, location.origin);
  const ivs = mountInteractionViews(interactionViews, config.views, registry, location.origin);
  ivs.update(workspace.getSnapshot());
  workspace.subscribe(ivs.update);
  // For the browser console: `wwe.workspace.simulateInboundCall()`, `wwe.host.frames()`.
  Object.assign(window, { wwe: { workspace, host, config } });
}

const root = document.getElementById('app')!;
// A view whose URL leads back here would embed Workspace in itself, again and again.
const framed = window.parent !== window;
(framed
  ? Promise.reject(new Error('The Workspace page is not meant to be shown in a view.'))
  : start(root)
).catch((e: unknown) => {
  root.replaceChildren(h('p', { role: 'alert', class: 'error' }, errorMessage(e)));
});
