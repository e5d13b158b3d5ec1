import type { HostLogEntry, HostOutcome, WorkspaceHost } from '@wwe-kit/simulator';
import { maskMessage } from '@wwe-kit/core/recording';
import { h } from './dom';
import { exportFileName, type InspectorNotice } from './log-export';
import { hostRecording } from './recording-export';

/** How the inspector names each outcome of an inbound message. */
export const OUTCOME_LABELS: Record<HostOutcome, string> = {
  answered: 'answered',
  'refused-origin': 'refused by origin',
  'refused-filter': 'refused by filter',
  'rate-limited': 'rate-limited',
  quarantined: 'quarantined',
  'forbidden-key': 'forbidden user-data key',
  error: 'error',
  dropped: 'dropped',
  invalid: 'invalid',
};

const MAX_ROWS = 1000;
const MAX_PAYLOAD = 2000;

const time = (ms: number) => {
  const d = new Date(ms);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
};

const summary = (e: HostLogEntry) => {
  if (e.request) return e.request;
  if (e.topic) return `event ${e.topic}`;
  const m = e.message as Record<string, unknown> | undefined;
  if (e.type === 'subscribe' || e.type === 'unsubscribe')
    return `${e.type} ${JSON.stringify(m?.data ?? '')}`;
  return e.type;
};

/** What the host kept from the app and why (read list, request filter), or `undefined`. */
const withheldLabel = ({ type, withheld: w }: HostLogEntry) =>
  w &&
  (w.event
    ? `${type} withheld (${w.reason})`
    : `sent ${type}, withheld ${w.keys?.join(', ') ?? ''} (${w.reason})`);

const payloadText = (message: unknown, reveal: boolean) => {
  let text: string;
  try {
    text = JSON.stringify(reveal ? message : maskMessage(message)) ?? String(message);
  } catch {
    text = String(message);
  }
  return text.length > MAX_PAYLOAD ? `${text.slice(0, MAX_PAYLOAD)}…` : text;
};

/** Hands the browser a file to save (a Blob behind a temporary download link). */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The message inspector: every message in and out of the host, with its time, frame, origin,
 * request (or event), outcome and payload; user data masked unless "Reveal user data" is checked.
 * The page adds its own notices (`notice(text)`, e.g. an unknown field code in a view's URL);
 * "Export JSON" saves the first app's session since the last "Clear" as a recording
 * (`@wwe-kit/core/recording`: the devtools panel's format, replayable with `wwe-workspace
 * --replay`), user data masked. Nothing is written to the console.
 *
 * @example
 * const log = inspector(host, (e) => frameName(e));
 * panel.append(log.element);
 * log.notice('View CRM: unknown field code $Foo.Bar$ left as written in its URL');
 */
export function inspector(
  host: Pick<WorkspaceHost, 'log' | 'onLog'>,
  frameName: (e: HostLogEntry) => string,
): { element: HTMLElement; notice(text: string): void } {
  const rows: {
    entry: HostLogEntry;
    row: HTMLTableRowElement;
    payload: HTMLElement;
    text: string;
  }[] = [];
  const notices: (InspectorNotice & { row: HTMLTableRowElement })[] = [];
  const tbody = h('tbody');
  const reveal = h('input', { type: 'checkbox' });
  const filter = h('input', {
    type: 'search',
    'aria-label': 'Filter messages',
    placeholder: 'Filter: request, origin, outcome…',
  });
  const count = h('span', { 'data-testid': 'inspector-count' });
  const matches = (text: string) =>
    !filter.value || text.toLowerCase().includes(filter.value.toLowerCase());
  const updateCount = () =>
    (count.textContent = `${rows.length} messages${notices.length ? `, ${notices.length} notice${notices.length === 1 ? '' : 's'}` : ''}`);

  const add = (entry: HostLogEntry) => {
    const outcome =
      entry.direction === 'in'
        ? OUTCOME_LABELS[entry.outcome ?? 'invalid']
        : (withheldLabel(entry) ?? `sent ${entry.type}`);
    const frame = frameName(entry);
    const payload = h('code', { class: 'payload' }, payloadText(entry.message, reveal.checked));
    const row = h(
      'tr',
      {
        'data-direction': entry.direction,
        'data-outcome': entry.outcome ?? 'sent',
        class: `outcome-${entry.outcome ?? 'sent'}`,
      },
      h('td', {}, time(entry.at)),
      h(
        'td',
        { title: entry.direction === 'in' ? 'from the app' : 'to the app' },
        h('span', { 'aria-hidden': 'true' }, entry.direction === 'in' ? '→' : '←'),
        h('span', { class: 'sr-only' }, entry.direction === 'in' ? 'from the app' : 'to the app'),
      ),
      h('td', {}, frame),
      h('td', {}, entry.origin),
      h('td', {}, summary(entry)),
      h('td', { class: 'outcome' }, outcome),
      h('td', {}, payload),
    );
    const text = [frame, entry.origin, summary(entry), outcome, entry.type].join(' ');
    row.hidden = !matches(text);
    rows.push({ entry, row, payload, text });
    tbody.prepend(row); // newest first
    if (rows.length > MAX_ROWS) rows.shift()?.row.remove();
    updateCount();
  };

  const notice = (text: string) => {
    if (notices.some((n) => n.text === text)) return;
    const at = Date.now();
    const row = h(
      'tr',
      { class: 'notice', 'data-outcome': 'notice', 'data-testid': 'inspector-notice' },
      h('td', {}, time(at)),
      h('td', { title: 'a notice of the page' }, '!'),
      h('td', {}, 'page'),
      h('td', { colspan: 4 }, text),
    );
    row.hidden = !matches(text);
    notices.push({ at, text, row });
    tbody.prepend(row);
    updateCount();
  };

  reveal.addEventListener('change', () => {
    for (const r of rows) r.payload.textContent = payloadText(r.entry.message, reveal.checked);
  });
  filter.addEventListener('input', () => {
    for (const r of rows) r.row.hidden = !matches(r.text);
    for (const n of notices) n.row.hidden = !matches(n.text);
  });
  let clearedAfter = 0;
  const clear = () => {
    clearedAfter = host.log().at(-1)?.seq ?? clearedAfter;
    rows.splice(0).forEach((r) => r.row.remove());
    notices.splice(0).forEach((n) => n.row.remove());
    updateCount();
  };
  const exportJson = () => {
    const now = new Date();
    const entries = host.log().filter((e) => e.seq > clearedAfter);
    const recording = hostRecording(entries, { workspaceOrigin: location.origin });
    download(exportFileName(now), JSON.stringify(recording, null, 2));
  };

  host.log().forEach(add);
  host.onLog(add);
  updateCount();
  const element = h(
    'section',
    { 'aria-label': 'Message inspector', class: 'inspector' },
    h(
      'div',
      { class: 'line' },
      h('h2', {}, 'Messages'),
      filter,
      h('label', {}, reveal, ' Reveal user data'),
      h('button', { type: 'button', onclick: clear }, 'Clear'),
      h(
        'button',
        {
          type: 'button',
          onclick: exportJson,
          'data-testid': 'export-log',
          title:
            'Save the app’s session as a recording (JSON, user data masked), replayable with wwe-workspace --replay',
        },
        'Export JSON',
      ),
      count,
    ),
    h(
      'div',
      // Focusable, so the keyboard scrolls it too.
      { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': 'Message list' },
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['Time', 'Direction', 'Frame', 'Origin', 'Message', 'Outcome', 'Payload'].map((t) =>
              h(
                'th',
                { scope: 'col', ...(t === 'Direction' && { class: 'narrow' }) },
                t === 'Direction' ? h('span', { class: 'sr-only' }, t) : t,
              ),
            ),
          ),
        ),
        tbody,
      ),
    ),
  );
  return { element, notice };
}
