// The Workspace-like agent desktop: a simulated Workspace (`@wwe-kit/simulator`) whose host
// answers the real window messages of the views it embeds, as configured by the INI file and the
// seed data the `wwe-workspace` server hands it (and hands again, live, when they are saved).
import {
  createSimulatedWorkspace,
  createWorkspaceHost,
  type HostLogEntry,
} from '@wwe-kit/simulator';
import { configErrorText, readConfig } from '../shared/config';
import { startSeedInteractions, workspaceSeed } from '../shared/seed';
import {
  ENDPOINTS,
  type ConfigError,
  type Reachability,
  type ServedConfig,
  type ServedReplay,
} from '../shared/served';
import { agentStateMenu, interactionList, simulateForm } from './desktop';
import { dialogArea } from './dialogs';
import { directoryPanel } from './directory';
import { errorMessage, h } from './dom';
import { inspector } from './inspector';
import { createAnnouncer } from './live';
import { menuBar } from './menu-bar';
import { outboundPanel } from './outbound';
import { createReachBoard } from './reach-board';
import { pageReplay } from './replay-page';
import { securityEditor } from './security-editor';
import { toastArea } from './toasts';
import {
  createRegistry,
  mountInteractionViews,
  mountWorkspaceViews,
  type ViewContext,
} from './views';
import './styles.css';

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`Cannot load ${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Parses the data of a server-sent event (a malformed one is ignored). */
function data<T>(e: Event): T | undefined {
  try {
    return JSON.parse((e as MessageEvent<string>).data) as T;
  } catch {
    return undefined;
  }
}

/** `window.wwe`: for the browser console and for tests (`await wwe.ready`). */
const wwe: Record<string, unknown> = {};

async function start(root: HTMLElement): Promise<void> {
  let served = await getJson<ServedConfig>(ENDPOINTS.config);
  let config = readConfig(served.ini, served.source);
  const registry = createRegistry();
  const reach = createReachBoard();
  const workspace = createSimulatedWorkspace({ ...workspaceSeed(served.seed), now: Date.now });
  // `wwe-workspace --replay`: the app talks to the recording, the host does not listen.
  const replayed = await getJson<ServedReplay | null>(ENDPOINTS.replay).catch(() => null);
  const host = createWorkspaceHost({
    ...(!replayed && { window }),
    workspace,
    options: config.options,
    frameKind: (source) => registry.kindOf(source),
    frameVisible: (source) => registry.visibleOf(source),
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
  const replaying = replayed
    ? pageReplay(replayed.recording, {
        tolerant: replayed.tolerant,
        accepts: (origin) => viewOfOrigin(origin) !== undefined,
        name: `the session of ${replayed.recording.meta?.appUrl ?? 'an app'}`,
      })
    : undefined;
  const log = inspector(replaying?.log ?? host, frameName);
  replaying?.onDivergence((d) => log.notice(`Replay divergence: ${d.message}`));
  const security = securityEditor(host);
  const ctx: ViewContext = {
    registry,
    reach,
    base: location.href,
    agent: () => workspace.getSnapshot().agent,
    notice: log.notice,
  };

  const source = h('span', { class: 'config', title: 'Where the config comes from' });
  const server = h('span', { class: 'server', role: 'status', 'data-testid': 'server-status' });
  const configError = h('p', {
    role: 'alert',
    class: 'config-error',
    'data-testid': 'config-error',
    hidden: true,
  });
  const problemList = h('ul', {});
  const problems = h(
    'section',
    { class: 'problems', 'aria-labelledby': 'problems-heading' },
    h('h2', { id: 'problems-heading' }, 'Config problems'),
    problemList,
  );
  const live = createAnnouncer();
  const seedNote = h('p', { role: 'status', class: 'seed-note', hidden: true });
  const showConfig = () => {
    source.textContent = `${served.source} (v${served.version})`;
    problemList.replaceChildren(...config.problems.map((p) => h('li', {}, p)));
    problems.hidden = config.problems.length === 0;
    document.body.dataset.configVersion = String(served.version);
    Object.assign(wwe, { config, served });
  };

  const views = h('section', { class: 'views', 'aria-label': 'Web extension views' });
  const interactionViews = h('div', { class: 'interaction-views' });
  root.replaceChildren(
    h('a', { class: 'skip', href: '#views' }, 'Skip to the views'),
    h(
      'header',
      {},
      h('h1', {}, 'Workspace', h('small', {}, ' simulated agent desktop')),
      agentStateMenu(workspace, live),
      menuBar(workspace),
      source,
      server,
    ),
    replaying?.element ?? '',
    configError,
    problems,
    seedNote,
    toastArea(workspace, live),
    h(
      'div',
      { class: 'desktop' },
      h(
        'aside',
        { 'aria-label': 'Agent desktop' },
        h('h2', {}, 'Simulate'),
        simulateForm(workspace),
        interactionList(workspace, live),
        directoryPanel(workspace),
        outboundPanel(workspace),
      ),
      h('main', { id: 'views', tabindex: -1 }, views, interactionViews),
    ),
    h('div', { class: 'bottom' }, log.element, security.element),
    dialogArea(workspace, registry),
    live.element,
  );
  showConfig();

  let workspaceViews = mountWorkspaceViews(views, config.views, ctx);
  const mountInteraction = () => {
    const mounted = mountInteractionViews(interactionViews, config.views, ctx);
    mounted.update(workspace.getSnapshot());
    const stop = workspace.subscribe(mounted.update);
    return () => {
      stop();
      mounted.dispose();
    };
  };
  let unmountInteraction = mountInteraction();

  /** A saved, valid config: new options and views; the desktop keeps its state. */
  const apply = (next: ServedConfig) => {
    const seedChanged = JSON.stringify(next.seed) !== JSON.stringify(served.seed);
    const iniChanged = next.ini !== served.ini;
    served = next;
    configError.hidden = true;
    if (seedChanged) {
      seedNote.hidden = false;
      seedNote.textContent =
        'The seed data changed: reload the page to start the desktop from it (the desktop keeps its state until then).';
    }
    if (iniChanged) {
      config = readConfig(next.ini, next.source);
      host.setOptions(config.options);
      security.refresh(`Reloaded from ${next.source}`);
      workspaceViews.dispose(config.views);
      workspaceViews = mountWorkspaceViews(views, config.views, ctx);
      unmountInteraction();
      unmountInteraction = mountInteraction();
    }
    showConfig();
  };
  const showError = (e: ConfigError) => {
    configError.textContent = configErrorText(e);
    configError.hidden = false;
  };

  const events = new EventSource(ENDPOINTS.events);
  events.addEventListener('config', (e) => {
    const next = data<ServedConfig>(e);
    if (next) apply(next);
  });
  events.addEventListener('config-error', (e) => {
    const error = data<ConfigError>(e);
    if (error) showError(error);
  });
  events.addEventListener('reachability', (e) => {
    const map = data<Reachability>(e);
    if (map) reach.set(map);
  });
  events.addEventListener('open', () => (server.textContent = ''));
  events.addEventListener('error', () => {
    server.textContent = 'Server unreachable: config changes wait for it';
  });
  getJson<Reachability>(ENDPOINTS.reachability).then(reach.set, () => {});

  startSeedInteractions(workspace, served.seed.interactions);
  // For the browser console: `wwe.workspace.simulateInboundCall()`, `wwe.host.frames()`.
  Object.assign(wwe, {
    workspace,
    host,
    replay: replaying?.replay,
    replayLog: replaying?.log,
    registry,
    events,
    reachability: () => reach.get(),
  });
  document.body.dataset.ready = 'true';
}

const root = document.getElementById('app')!;
// A view whose URL leads back here would embed Workspace in itself, again and again.
const framed = window.parent !== window;
const started = framed
  ? Promise.reject(new Error('The Workspace page is not meant to be shown in a view.'))
  : start(root);
wwe.ready = started.then(() => wwe);
(wwe.ready as Promise<unknown>).catch(() => {});
Object.assign(window, { wwe });
started.catch((e: unknown) => {
  root.replaceChildren(h('p', { role: 'alert', class: 'error' }, errorMessage(e)));
  document.body.dataset.ready = 'error';
});
