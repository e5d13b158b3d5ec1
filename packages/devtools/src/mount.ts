import { workspaceStores, type WorkspaceClient } from '@wwe-kit/core';
import { catalogMethods, type TapEvent } from '@wwe-kit/core/internal';
import {
  maskMessage,
  serializeRecording,
  type Masking,
  type Recording,
} from '@wwe-kit/core/recording';
import { fill, h } from './dom';
import { createModel, type DevtoolsModel, type TimelineEntry } from './model';
import { STYLES } from './styles';

/**
 * Options of {@link mountWorkspaceDevtools}.
 *
 * @example
 * const options: WorkspaceDevtoolsOptions = { position: 'bottom-left', keep: ['Segment'] };
 */
export interface WorkspaceDevtoolsOptions {
  /** Open the panel at once (default: only the button shows). */
  open?: boolean;
  /** Where the button sits (default `bottom-right`). */
  position?: 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';
  /** Where to mount (default `document.body`). */
  container?: HTMLElement;
  /** Timeline entries kept, the oldest dropped first and counted (default 500). */
  maxTimelineEntries?: number;
  /** Messages kept for the exported recording (default 100,000). */
  maxRecordedMessages?: number;
  /** Keys whose values exports keep in clear, pre-filled in the panel (default none). */
  keep?: readonly string[];
  /** A CSP nonce for the panel's `<style>`, when the browser lacks constructable stylesheets. */
  nonce?: string;
  /**
   * What the client sent and received before the devtools mounted, oldest first, as
   * `inspectClient` reported it. `installWorkspaceDevtools` passes what it buffered since it was
   * installed when the devtools were asked for at that moment (flag or `always`), so that the
   * timeline and an export start with the app's first message, as a replay needs.
   */
  history?: readonly TapEvent[];
}

/**
 * The devtools of one client, mounted in the page.
 *
 * @example
 * const devtools = mountWorkspaceDevtools(client);
 * devtools.open();
 * const recording = devtools.exportRecording({ keep: ['Segment'] });
 */
export interface WorkspaceDevtools {
  /** Opens the panel (its close button takes the focus). */
  open(): void;
  /** Closes the panel (the button stays). */
  close(): void;
  /** Opens the panel when closed, closes it when open. */
  toggle(): void;
  /** Whether the panel is open. */
  readonly isOpen: boolean;
  /**
   * The session so far in the recording format (`@wwe-kit/core/recording`): user data masked
   * (`mode: 'all'`: every value) except `keep`'s keys; JWT tokens never.
   */
  exportRecording(options?: { keep?: readonly string[]; mode?: Masking['mode'] }): Recording;
  /** Removes the button and the panel and stops watching the client. */
  unmount(): void;
}

const mounted = new WeakMap<WorkspaceClient, WorkspaceDevtools>();

const OUTCOME_LABEL = { pending: 'pending', ok: 'ok', info: '', error: 'failed' } as const;

const seconds = (ms: number) => `${Math.max(0, Math.ceil(ms / 1000))} s`;
const json = (v: unknown) => {
  try {
    return JSON.stringify(v, null, 2) ?? String(v);
  } catch {
    return String(v);
  }
};
const keysOf = (text: string) =>
  text
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);

/**
 * Mounts wwe-kit's devtools for `client` in the page: a floating button that opens a panel (in a
 * Shadow DOM, the app's styles untouched) showing, live, the connection (state, Workspace's
 * origin, frame id, the hint with the exact INI line), what Workspace lets the app call, the live
 * stores, pending requests, quarantines, subscriptions and a bounded timeline of every message —
 * user data masked until revealed one at a time; and it exports the session as a recording.
 * Mounting twice returns the same devtools. Never throws into the app: a failure inside the
 * panel is shown inside it.
 *
 * @example
 * import { mountWorkspaceDevtools } from '@wwe-kit/devtools';
 *
 * if (import.meta.env.DEV) mountWorkspaceDevtools(client);
 */
export function mountWorkspaceDevtools(
  client: WorkspaceClient,
  options: WorkspaceDevtoolsOptions = {},
): WorkspaceDevtools {
  const existing = mounted.get(client);
  if (existing) {
    if (options.open) existing.open();
    return existing;
  }
  let devtools: WorkspaceDevtools;
  try {
    devtools = mount(client, options);
  } catch (e) {
    // Never into the app: a devtools that could not mount does nothing.
    console.warn('[wwe-kit devtools] could not mount', e);
    const none = () => {};
    devtools = {
      open: none,
      close: none,
      toggle: none,
      isOpen: false,
      exportRecording: () => {
        throw e;
      },
      unmount: none,
    };
    return devtools;
  }
  mounted.set(client, devtools);
  return devtools;
}

function mount(client: WorkspaceClient, options: WorkspaceDevtoolsOptions): WorkspaceDevtools {
  const doc = (options.container?.ownerDocument ?? document) as Document;
  const model: DevtoolsModel = createModel(client, options);
  const x = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    attrs?: Parameters<typeof h>[2],
    ...children: Parameters<typeof h>[3][]
  ) => h(doc, tag, attrs, ...children);

  // ── Shadow root, styles ──────────────────────────────────────────────────────────────────
  const hostEl = x('div', { 'data-wwe-kit-devtools': '' });
  const shadow = hostEl.attachShadow({ mode: 'open' });
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (win && 'adoptedStyleSheets' in shadow && 'replaceSync' in win.CSSStyleSheet.prototype) {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(STYLES);
    shadow.adoptedStyleSheets = [sheet];
  } else shadow.append(x('style', { nonce: options.nonce }, STYLES));

  /** Runs `f`; a failure is shown in the panel, never thrown into the app. */
  const safe =
    <A extends unknown[]>(f: (...a: A) => void) =>
    (...a: A) => {
      try {
        f(...a);
      } catch (e) {
        model.fail(e);
        renderFailures();
      }
    };

  // ── Button and panel ─────────────────────────────────────────────────────────────────────
  const panelId = 'wwe-kit-devtools-panel';
  const button = x(
    'button',
    {
      type: 'button',
      class: 'toggle',
      'aria-expanded': 'false',
      'aria-controls': panelId,
      'data-testid': 'devtools-toggle',
    },
    'Workspace devtools',
  );
  const failures = x('div', {
    class: 'failures',
    role: 'status',
    'data-testid': 'devtools-failures',
  });
  const closeButton = x('button', { type: 'button', 'aria-label': 'Close the devtools' }, 'Close');

  const section = (title: string, testid: string, open = false) => {
    const summary = x('summary', {}, title);
    const body = x('div', { 'data-testid': testid });
    const details = x('details', { open }, summary, body);
    return { details, summary, body };
  };
  const connection = section('Connection', 'devtools-connection', true);
  const capabilities = section('Capabilities', 'devtools-capabilities');
  const stores = section('Stores', 'devtools-stores');
  const pending = section('Pending requests', 'devtools-pending', true);
  const quarantines = section('Quarantines', 'devtools-quarantines', true);
  const topics = section('Subscriptions', 'devtools-subscriptions');
  const timeline = section('Timeline', 'devtools-timeline', true);
  const exporting = section('Export', 'devtools-export');

  const panel = x(
    'section',
    {
      id: panelId,
      class: 'panel',
      hidden: true,
      'aria-label': 'wwe-kit Workspace devtools',
      'data-testid': 'devtools-panel',
    },
    x('header', {}, x('h2', {}, 'wwe-kit devtools'), closeButton),
    failures,
    connection.details,
    capabilities.details,
    stores.details,
    pending.details,
    quarantines.details,
    topics.details,
    timeline.details,
    exporting.details,
  );
  const root = x('div', { class: `root ${options.position ?? 'bottom-right'}` }, panel, button);
  shadow.append(root);
  (options.container ?? doc.body).append(hostEl);

  // ── Sections ─────────────────────────────────────────────────────────────────────────────
  const table = (head: string[], rows: (Node | string)[][], empty: string) =>
    rows.length
      ? x(
          'table',
          {},
          x('thead', {}, x('tr', {}, ...head.map((t) => x('th', { scope: 'col' }, t)))),
          x('tbody', {}, ...rows.map((r) => x('tr', {}, ...r.map((c) => x('td', {}, c))))),
        )
      : x('p', { class: 'small' }, empty);

  function renderFailures() {
    fill(
      failures,
      ...model.errors.map((text) => x('p', {}, `Devtools error (the app is unaffected): ${text}`)),
    );
  }

  function renderConnection() {
    const c = client.connection.get();
    fill(
      connection.body,
      x(
        'dl',
        {},
        x('dt', {}, 'Status'),
        x('dd', { 'data-testid': 'devtools-status' }, c.status),
        x('dt', {}, 'Meaning'),
        x('dd', {}, c.message),
        x('dt', {}, 'Workspace origin'),
        x('dd', { 'data-testid': 'devtools-origin' }, c.origin ?? 'not known yet'),
        x('dt', {}, 'Frame id'),
        x('dd', { 'data-testid': 'devtools-frame-id' }, String(client.frameId ?? 'not assigned')),
        ...(c.hint
          ? [
              x('dt', {}, 'Hint'),
              x('dd', {}, x('code', { 'data-testid': 'devtools-hint' }, c.hint)),
            ]
          : []),
      ),
    );
  }

  function renderCapabilities() {
    const rows: string[][] = [];
    const counts = { allowed: 0, 'not allowed': 0, unknown: 0 };
    for (const [, methods] of catalogMethods())
      for (const m of methods) {
        const can = client.can(m.request);
        const label = can === undefined ? 'unknown' : can ? 'allowed' : 'not allowed';
        counts[label]++;
        rows.push([m.request, label]);
      }
    capabilities.summary.textContent = `Capabilities (${counts.allowed} allowed, ${counts['not allowed']} not allowed, ${counts.unknown} unknown)`;
    if (capabilities.details.open) fill(capabilities.body, table(['Request', 'Can'], rows, ''));
  }

  // The stores are followed only while their section is open (following sends requests).
  let storeOffs: (() => void)[] = [];
  function followStores(on: boolean) {
    storeOffs.forEach((off) => off());
    storeOffs = [];
    if (!on) return;
    const s = workspaceStores(client);
    for (const store of [s.agent, s.media, s.interactions, s.caseSelection])
      storeOffs.push(store.subscribe(schedule));
  }
  function renderStores() {
    if (!stores.details.open) return;
    const s = workspaceStores(client);
    const show = (name: string, value: unknown) => [
      x('h3', { class: 'small' }, name),
      x('pre', {}, json(maskMessage({ data: value }, { mode: 'user-data' }) as { data: unknown })),
    ];
    const view = (v: unknown) => (v as { data: unknown }).data;
    fill(
      stores.body,
      x('p', { class: 'small' }, 'User-data values are masked.'),
      ...show('agent', view(maskMessage({ data: s.agent.get() }))),
      ...show('media', view(maskMessage({ data: s.media.get() }))),
      ...show('interactions', view(maskMessage({ data: s.interactions.get() }))),
      ...show('caseSelection', s.caseSelection.get()),
    );
  }

  function renderPending() {
    const t = Date.now();
    const rows = [...model.tables.pending].map(([ref, p]) => {
      const at = model.sentAt(ref);
      return [p.name, ref, at === undefined ? 'before the devtools' : seconds(t - at)];
    });
    pending.summary.textContent = `Pending requests (${rows.length})`;
    fill(pending.body, table(['Request', 'Reference', 'Elapsed'], rows, 'None.'));
  }

  function renderQuarantines() {
    const t = Date.now();
    const rows = [...model.tables.quarantine]
      .filter(([, until]) => until > t)
      .map(([name, until]) => [
        name,
        until === Infinity ? 'for ever' : `ends in ${seconds(until - t)}`,
      ]);
    quarantines.summary.textContent = `Quarantines (${rows.length})`;
    fill(quarantines.body, table(['Request', 'Quarantine'], rows, 'None.'));
  }

  function renderTopics() {
    const rows = [...model.tables.topics].map(([topic, e]) => [
      topic,
      String(e.handlers.size),
      e.subscriptionId === undefined ? 'awaiting Workspace' : String(e.subscriptionId),
    ]);
    topics.summary.textContent = `Subscriptions (${rows.length})`;
    fill(topics.body, table(['Topic', 'Handlers', 'Subscription id'], rows, 'None.'));
  }

  // The timeline keeps one row per entry, updated in place (focus stays on its buttons).
  const tbody = x('tbody', {});
  const timelineNote = x('p', { class: 'small', 'data-testid': 'devtools-dropped' });
  const timelineTable = x(
    'table',
    {},
    x(
      'thead',
      {},
      x(
        'tr',
        {},
        ...['Time', 'Kind', 'Name', 'Outcome', 'Duration', 'Payload'].map((t) =>
          x('th', { scope: 'col' }, t),
        ),
      ),
    ),
    tbody,
  );
  const clearButton = x('button', { type: 'button' }, 'Clear');
  fill(timeline.body, x('div', { class: 'line' }, timelineNote, clearButton), timelineTable);
  const rows = new Map<
    TimelineEntry,
    { row: HTMLTableRowElement; version: number; payload: HTMLElement }
  >();
  /** The one entry whose values are revealed, if any. */
  let revealed: TimelineEntry | undefined;
  const start = Date.now();

  const outcomeText = (e: TimelineEntry) => {
    if (e.state !== 'error') return OUTCOME_LABEL[e.state];
    let text = `${e.code ?? 'failed'}`;
    if (e.retryAt !== undefined)
      text +=
        e.retryAt === Infinity ? ' (for ever)' : ` (retry in ${seconds(e.retryAt - Date.now())})`;
    return text;
  };
  const payloadView = (e: TimelineEntry, box: HTMLElement) => {
    const shown = revealed === e;
    const parts: Node[] = [];
    if (e.message !== undefined)
      parts.push(x('pre', {}, json(maskMessage(e.message, { mode: shown ? 'none' : 'all' }))));
    if (e.reply !== undefined)
      parts.push(
        x('pre', {}, `reply: ${json(maskMessage(e.reply, { mode: shown ? 'none' : 'all' }))}`),
      );
    if (e.detail) parts.push(x('p', { class: 'small' }, e.detail));
    if (e.hint) parts.push(x('p', { class: 'small' }, 'Hint: ', x('code', {}, e.hint)));
    fill(box, ...parts);
  };
  const makeRow = (e: TimelineEntry) => {
    const payload = x('div', { hidden: true });
    const show = x('button', { type: 'button', 'aria-expanded': 'false' }, 'Show');
    const reveal = x(
      'button',
      { type: 'button', hidden: true, 'aria-pressed': 'false' },
      'Reveal values',
    );
    show.addEventListener(
      'click',
      safe(() => {
        const open = payload.hidden;
        payload.hidden = !open;
        reveal.hidden = !open;
        show.textContent = open ? 'Hide' : 'Show';
        show.setAttribute('aria-expanded', String(open));
        if (!open && revealed === e) revealed = undefined;
        payloadView(e, payload);
      }),
    );
    reveal.addEventListener(
      'click',
      safe(() => {
        const before = revealed;
        revealed = revealed === e ? undefined : e;
        // One at a time: the row revealed before is masked again.
        for (const [entry, r] of rows)
          if (entry === before || entry === e) {
            const b = r.row.querySelector<HTMLButtonElement>('button[aria-pressed]');
            b?.setAttribute('aria-pressed', String(revealed === entry));
            if (b) b.textContent = revealed === entry ? 'Mask values' : 'Reveal values';
            payloadView(entry, r.payload);
          }
      }),
    );
    const row = x(
      'tr',
      { 'data-kind': e.kind, 'data-state': e.state },
      x('td', {}, `+${e.at - start} ms`),
      x('td', {}, e.kind),
      x('td', {}, e.name),
      x('td', { 'data-testid': 'outcome' }),
      x('td', {}),
      x('td', { class: 'row-actions' }, show, ' ', reveal, payload),
    );
    return { row, version: -1, payload };
  };
  const updateRow = (
    e: TimelineEntry,
    r: { row: HTMLTableRowElement; version: number; payload: HTMLElement },
  ) => {
    const cells = r.row.cells;
    r.row.dataset.state = e.state;
    cells[3]!.className = e.state;
    cells[3]!.textContent = outcomeText(e);
    cells[3]!.dataset.code = e.code ?? '';
    cells[4]!.textContent = e.duration === undefined ? '' : `${e.duration} ms`;
    if (!r.payload.hidden) payloadView(e, r.payload);
    r.version = e.version;
  };
  function renderTimeline() {
    const live = new Set(model.entries);
    for (const [e, r] of rows)
      if (!live.has(e)) {
        r.row.remove();
        rows.delete(e);
        if (revealed === e) revealed = undefined;
      }
    for (const e of model.entries) {
      let r = rows.get(e);
      if (!r) {
        r = makeRow(e);
        rows.set(e, r);
        tbody.prepend(r.row); // newest first
      }
      // Countdowns change without a new version.
      if (r.version !== e.version || e.retryAt !== undefined) updateRow(e, r);
    }
    timeline.summary.textContent = `Timeline (${model.entries.length})`;
    timelineNote.textContent = `${model.entries.length} shown, ${model.dropped} older dropped; ${model.recordedCount} messages recorded for export.`;
  }

  // Export: keys kept in clear, masking mode, a file.
  const keepInput = x('input', {
    type: 'text',
    id: 'wwe-kit-devtools-keep',
    value: (options.keep ?? []).join(', '),
    'data-testid': 'devtools-keep',
  });
  const modeSelect = x(
    'select',
    { id: 'wwe-kit-devtools-mode' },
    x('option', { value: 'user-data' }, 'user-data values masked'),
    x('option', { value: 'all' }, 'every value masked'),
  );
  const exportButton = x(
    'button',
    { type: 'button', 'data-testid': 'devtools-export-button' },
    'Export recording',
  );
  fill(
    exporting.body,
    x(
      'p',
      { class: 'small' },
      'A JSON file in the wwe-kit recording format. JWT tokens are never recorded. Nothing leaves the page unless you save it.',
    ),
    x(
      'div',
      { class: 'line' },
      x('label', { for: 'wwe-kit-devtools-keep' }, 'Keys kept in clear (comma-separated)'),
      keepInput,
    ),
    x(
      'div',
      { class: 'line' },
      x('label', { for: 'wwe-kit-devtools-mode' }, 'Masking'),
      modeSelect,
    ),
    exportButton,
  );

  const exportRecording: WorkspaceDevtools['exportRecording'] = (o = {}) =>
    model.recording({
      mode: o.mode ?? 'user-data',
      keep: o.keep ?? [],
      workspaceOrigin: client.connection.get().origin ?? null,
      frameId: client.frameId ?? null,
    });
  exportButton.addEventListener(
    'click',
    safe(() => {
      const recording = exportRecording({
        keep: keysOf(keepInput.value),
        mode: modeSelect.value === 'all' ? 'all' : 'user-data',
      });
      const url = URL.createObjectURL(
        new Blob([...serializeRecording(recording)], { type: 'application/json' }),
      );
      const link = x('a', {
        href: url,
        download: `wwe-kit-recording-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
        hidden: true,
      });
      shadow.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    }),
  );

  // ── Rendering, opening, closing ──────────────────────────────────────────────────────────
  let isOpen = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ticker: ReturnType<typeof setInterval> | undefined;
  const render = safe(() => {
    timer = undefined;
    renderConnection();
    renderCapabilities();
    renderStores();
    renderPending();
    renderQuarantines();
    renderTopics();
    renderTimeline();
    renderFailures();
  });
  function schedule() {
    if (isOpen && timer === undefined) timer = setTimeout(render, 50);
  }
  const offModel = model.onChange(schedule);
  const offConnection = client.connection.subscribe(schedule);

  const setOpen = safe((open: boolean) => {
    if (open === isOpen) return;
    isOpen = open;
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    clearInterval(ticker);
    if (open) {
      render();
      // Elapsed times and countdowns.
      ticker = setInterval(render, 1000);
      closeButton.focus();
    } else followStores(false);
    if (open && stores.details.open) followStores(true);
  });
  button.addEventListener('click', () => setOpen(!isOpen));
  closeButton.addEventListener('click', () => {
    setOpen(false);
    button.focus();
  });
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      setOpen(false);
      button.focus();
    }
  });
  stores.details.addEventListener(
    'toggle',
    safe(() => {
      followStores(isOpen && stores.details.open);
      render();
    }),
  );
  capabilities.details.addEventListener('toggle', () => render());
  clearButton.addEventListener(
    'click',
    safe(() => model.clear()),
  );

  if (options.open) setOpen(true);

  return {
    open: () => setOpen(true),
    close: () => setOpen(false),
    toggle: () => setOpen(!isOpen),
    get isOpen() {
      return isOpen;
    },
    exportRecording,
    unmount() {
      setOpen(false);
      offModel();
      offConnection();
      followStores(false);
      clearTimeout(timer);
      model.stop();
      hostEl.remove();
      mounted.delete(client);
    },
  };
}
