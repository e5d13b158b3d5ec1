import type { HostLogEntry, HostOutcome, WorkspaceHost } from '@wwe-kit/simulator';
import { h } from './dom';
import { maskUserData } from './mask';

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

const payloadText = (message: unknown, reveal: boolean) => {
  let text: string;
  try {
    text = JSON.stringify(reveal ? message : maskUserData(message)) ?? String(message);
  } catch {
    text = String(message);
  }
  return text.length > MAX_PAYLOAD ? `${text.slice(0, MAX_PAYLOAD)}…` : text;
};

/**
 * The message inspector: every message in and out of the host, with its time, frame, origin,
 * request (or event), outcome and payload; user data masked unless "Reveal user data" is checked.
 * Nothing is written to the console.
 *
 * @example
 * panel.append(inspector(host, (e) => frameName(e)));
 */
export function inspector(
  host: WorkspaceHost,
  frameName: (e: HostLogEntry) => string,
): HTMLElement {
  const rows: {
    entry: HostLogEntry;
    row: HTMLTableRowElement;
    payload: HTMLElement;
    text: string;
  }[] = [];
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
  const updateCount = () => (count.textContent = `${rows.length} messages`);

  const add = (entry: HostLogEntry) => {
    const outcome =
      entry.direction === 'in' ? OUTCOME_LABELS[entry.outcome ?? 'invalid'] : `sent ${entry.type}`;
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
        entry.direction === 'in' ? '→' : '←',
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

  reveal.addEventListener('change', () => {
    for (const r of rows) r.payload.textContent = payloadText(r.entry.message, reveal.checked);
  });
  filter.addEventListener('input', () => {
    for (const r of rows) r.row.hidden = !matches(r.text);
  });
  const clear = () => {
    rows.splice(0).forEach((r) => r.row.remove());
    updateCount();
  };

  host.log().forEach(add);
  host.onLog(add);
  updateCount();
  return h(
    'section',
    { 'aria-label': 'Message inspector', class: 'inspector' },
    h(
      'div',
      { class: 'line' },
      h('h2', {}, 'Messages'),
      filter,
      h('label', {}, reveal, ' Reveal user data'),
      h('button', { type: 'button', onclick: clear }, 'Clear'),
      count,
    ),
    h(
      'div',
      { class: 'scroll' },
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['Time', '', 'Frame', 'Origin', 'Message', 'Outcome', 'Payload'].map((t) =>
              h('th', { scope: 'col' }, t),
            ),
          ),
        ),
        tbody,
      ),
    ),
  );
}
