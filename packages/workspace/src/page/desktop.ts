import type { Interaction, KeyValues } from '@wwe-kit/core';
import type { DesktopSnapshot, SimulatedWorkspace } from '@wwe-kit/simulator';
import { errorMessage, h } from './dom';
import type { Announcer } from './live';

/** Runs an agent action; a refusal (e.g. answering a released call) is shown, not thrown. */
function action(alert: HTMLElement, run: () => unknown): () => void {
  return () => {
    alert.textContent = '';
    try {
      run();
    } catch (e) {
      alert.textContent = errorMessage(e);
    }
  };
}

/**
 * `Key=value` lines to user data (blank lines and lines without `=` are skipped).
 *
 * @example
 * parseUserData('Segment=gold\nAccountId=AC-1'); // { Segment: 'gold', AccountId: 'AC-1' }
 */
export function parseUserData(text: string): KeyValues {
  const out: KeyValues = {};
  for (const line of text.split(/\r?\n/)) {
    const eq = line.indexOf('=');
    if (eq > 0) out[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return out;
}

/** A modal confirmation (a native `<dialog>`): resolves true for OK, false for Cancel or Escape. */
function confirmDialog(title: string, text: string, ok: string): Promise<boolean> {
  return new Promise((resolve) => {
    const opener = document.activeElement as HTMLElement | null;
    const titleId = `confirm-${Math.random().toString(36).slice(2)}`;
    const done = (answer: boolean) => {
      dialog.close();
      dialog.remove();
      opener?.focus();
      resolve(answer);
    };
    const cancel = h(
      'button',
      { type: 'button', autofocus: true, onclick: () => done(false) },
      'Cancel',
    );
    const dialog = h(
      'dialog',
      { class: 'confirm', 'aria-labelledby': titleId, 'data-testid': 'confirm' },
      h('h2', { id: titleId }, title),
      h('p', {}, text),
      h(
        'div',
        { class: 'buttons' },
        h('button', { type: 'button', class: 'danger', onclick: () => done(true) }, ok),
        cancel,
      ),
    );
    dialog.addEventListener('cancel', (e) => {
      e.preventDefault();
      done(false);
    });
    document.body.append(dialog);
    dialog.showModal();
    cancel.focus();
  });
}

/**
 * The agent's state menu (in the header): every state of the list, not-ready reasons included.
 * A state is applied on a click in the open list or on Enter, never while the arrow keys move
 * through the closed menu; Log Off asks to confirm. Leaving the menu without Enter keeps the
 * current state.
 *
 * @example
 * header.append(agentStateMenu(workspace, announcer));
 */
export function agentStateMenu(workspace: SimulatedWorkspace, live?: Announcer): HTMLElement {
  const hint = h(
    'span',
    { id: 'agent-state-hint', class: 'sr-only' },
    'Arrow keys choose a state, Enter applies it.',
  );
  const select = h('select', {
    'aria-label': 'Agent state',
    'aria-describedby': 'agent-state-hint',
  });
  const current = h('strong', { 'data-testid': 'host-agent-state' });
  const pending = h(
    'span',
    { class: 'pending', 'data-testid': 'agent-state-pending', hidden: true },
    'Enter applies',
  );
  const alert = h('span', { role: 'alert', class: 'error' });
  const state = () => workspace.getSnapshot().agentState;
  const revert = () => {
    select.value = state().operationName;
    pending.hidden = true;
  };
  const commit = async () => {
    pending.hidden = true;
    const chosen = workspace.getSnapshot().stateList.find((s) => s.operationName === select.value);
    if (!chosen || chosen.operationName === state().operationName) return;
    if (chosen.state === 'LOGGED_OUT') {
      revert();
      const sure = await confirmDialog(
        'Log off?',
        'You stop receiving interactions until you log in again.',
        'Log off',
      );
      if (!sure) return;
    }
    action(alert, () => workspace.setAgentState(chosen.operationName))();
  };
  // A key on the closed menu changes its value (and raises change) at once: that is a choice,
  // not a commit. A pointer or the open list's Enter raises change without a key before it.
  let keyed = false;
  select.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void commit();
      return;
    }
    if (e.key === 'Escape' && select.value !== state().operationName) {
      e.preventDefault();
      revert();
      return;
    }
    if (e.key === 'Tab') return;
    keyed = true;
    setTimeout(() => (keyed = false));
  });
  select.addEventListener('change', () => {
    if (keyed) pending.hidden = select.value === state().operationName;
    else void commit();
  });
  select.addEventListener('blur', () => {
    if (!pending.hidden) revert();
  });
  let lastState: string | undefined;
  const render = (s: DesktopSnapshot) => {
    const name = s.agentState.displayName ?? s.agentState.operationName;
    current.textContent = name;
    if (select.options.length !== s.stateList.length)
      select.replaceChildren(
        ...s.stateList.map((st) =>
          h('option', { value: st.operationName }, st.displayName ?? st.operationName),
        ),
      );
    if (pending.hidden || lastState !== s.agentState.operationName) revert();
    if (lastState !== undefined && lastState !== s.agentState.operationName)
      live?.polite(`Agent state: ${name}`);
    lastState = s.agentState.operationName;
  };
  render(workspace.getSnapshot());
  workspace.subscribe(render);
  return h(
    'div',
    { class: 'agent' },
    `${workspace.getSnapshot().agent.firstname} ${workspace.getSnapshot().agent.lastname}: `,
    current,
    ' ',
    select,
    pending,
    hint,
    alert,
  );
}

const SIMULATE = {
  voice: { label: 'call', from: 'ANI', value: '+1 555 0142' },
  chat: { label: 'chat', from: 'From', value: 'Ada Customer' },
  email: { label: 'email', from: 'From', value: 'ada@example.com' },
} as const;

/**
 * The form that makes a customer contact the agent: an inbound call, chat or email, with the
 * chosen ANI (or sender) and user data.
 *
 * @example
 * panel.append(simulateForm(workspace));
 */
export function simulateForm(workspace: SimulatedWorkspace): HTMLElement {
  const media = h(
    'select',
    { 'aria-label': 'Media' },
    h('option', { value: 'voice' }, 'Call'),
    h('option', { value: 'chat' }, 'Chat'),
    h('option', { value: 'email' }, 'Email'),
  );
  const fromLabel = h('span', {}, 'ANI');
  const from = h('input', { 'aria-label': 'ANI', value: SIMULATE.voice.value });
  const userData = h('textarea', { 'aria-label': 'User data', rows: 4 });
  userData.value =
    'Segment=gold\nAccountId=AC-1001\nNote=VIP caller\nPriority=high\nInternalScore=97';
  const alert = h('p', { role: 'alert', class: 'error' });
  media.addEventListener('change', () => {
    const m = SIMULATE[media.value as keyof typeof SIMULATE];
    fromLabel.textContent = m.from;
    from.setAttribute('aria-label', m.from);
    from.value = m.value;
  });
  const submit = action(alert, () => {
    const data = parseUserData(userData.value);
    if (media.value === 'voice')
      workspace.simulateInboundCall({ ani: from.value, dnis: '8000', userData: data });
    else if (media.value === 'chat')
      workspace.simulateInboundChat({
        from: from.value,
        message: 'Hello, I need help',
        userData: data,
      });
    else
      workspace.simulateInboundEmail({
        from: from.value,
        subject: 'My order',
        body: 'Where is it?',
        userData: data,
      });
  });
  return h(
    'form',
    {
      'aria-label': 'Simulate inbound',
      class: 'simulate',
      onsubmit: (e) => {
        e.preventDefault();
        submit();
      },
    },
    h('label', {}, 'Media ', media),
    h('label', {}, fromLabel, ' ', from),
    h('label', {}, 'User data (Key=value lines)', userData),
    h('button', { type: 'submit' }, 'Simulate inbound'),
    alert,
  );
}

const LIVE_CALL = ['TALKING', 'HELD', 'DIALING', 'RINGING'];
const MEDIA_NAMES: Record<string, string> = { voice: 'Call', chat: 'Chat', email: 'Email' };
/** Keys Workspace and its routing add for themselves: folded away under the customer's data. */
const INTERNAL_KEY = /^(IW_|GSW_|RTargetAgentSelected$|RVQID$)/;
const RECORDING: Record<string, string> = { STOPPED: 'off', RECORDING: 'on', PAUSED: 'paused' };
/** Where focus goes when the action it is on becomes unavailable. */
const NEXT_ACTION: Record<string, string> = {
  Answer: 'Hold',
  Hold: 'Resume',
  Resume: 'Hold',
  Accept: 'Mark done',
};

/** What the agent calls an interaction: `Call #1 from +1 555 0142`. */
function titleOf(i: Interaction): string {
  const party =
    i.media === 'voice'
      ? i.direction === 'OUT'
        ? `to ${i.dnis ?? ''}`
        : `from ${i.ani ?? ''}`
      : `from ${i.parties?.[0]?.name ?? ''}`;
  return `${MEDIA_NAMES[i.media] ?? i.media} #${i.interactionId} ${party}`.trim();
}

/** Whether the interaction waits for the agent (a ringing call, an invited chat or email). */
const isIncoming = (i: Interaction) => i.state === 'RINGING' || i.state === 'INVITED';

/** One interaction's row, kept while it lives and updated in place. */
function interactionRow(workspace: SimulatedWorkspace, first: Interaction) {
  const id = first.interactionId;
  let i = first;
  const alert = h('p', { role: 'alert', class: 'error' });
  const req = (name: string) => action(alert, () => workspace.handleRequest(name, [id]));
  const defs: [string, () => void, (i: Interaction) => boolean][] =
    first.media === 'voice'
      ? [
          ['Answer', req('voice.answer'), (x) => x.state === 'RINGING'],
          ['Hold', req('voice.hold'), (x) => x.state === 'TALKING'],
          ['Resume', req('voice.resume'), (x) => x.state === 'HELD'],
          ['Hang up', req('voice.hangUp'), (x) => LIVE_CALL.includes(x.state)],
          [
            'Customer hangs up',
            action(alert, () => workspace.customerHangUp(id)),
            (x) => LIVE_CALL.includes(x.state),
          ],
        ]
      : [
          ['Accept', req('interaction.accept'), (x) => x.state === 'INVITED'],
          ...(first.media === 'chat'
            ? ([
                [
                  'Customer leaves',
                  action(alert, () => workspace.customerHangUp(id)),
                  (x: Interaction) => x.state === 'ACCEPTED' || x.state === 'INVITED',
                ],
              ] as [string, () => void, (i: Interaction) => boolean][])
            : []),
        ];
  defs.push(
    ['Mark done', req('interaction.markdone'), () => true],
    [
      'Select case',
      action(alert, () => workspace.selectCase(i.caseId ?? '')),
      (x) => !x.isCaseSelected && !!x.caseId,
    ],
  );
  const buttons = defs.map(([label, run, enabled]) => ({
    label,
    enabled,
    el: h('button', { type: 'button', 'data-action': label, onclick: run }, label),
  }));
  const titleId = `interaction-title-${id}`;
  const title = h('h3', { id: titleId, class: 'title' });
  const state = h('span', { class: 'badge state', 'data-testid': `host-state-${id}` });
  const recording = h('span', { class: 'badge', 'data-testid': `host-recording-${id}` });
  const caseBadge = h('span', { class: 'badge' }, 'case selected');
  const incoming = h('span', { class: 'badge incoming' });
  const shown = h('dl', { class: 'userdata' });
  const internal = h('dl', { class: 'userdata' });
  const internalCount = h('span');
  const folded = h(
    'details',
    { class: 'internal' },
    h('summary', {}, 'Internal keys (', internalCount, ')'),
    internal,
  );
  const li = h(
    'li',
    { class: 'interaction', 'data-testid': `host-interaction-${id}` },
    h('div', { class: 'line' }, title, incoming, state, recording, caseBadge),
    h(
      'div',
      {
        class: 'userdata-box',
        role: 'group',
        'aria-label': `User data of interaction ${id}`,
        'data-testid': `host-userdata-${id}`,
      },
      shown,
      folded,
    ),
    h(
      'div',
      { class: 'buttons', role: 'group', 'aria-labelledby': titleId },
      buttons.map((b) => b.el),
    ),
    alert,
  );
  const update = (next: Interaction, blocked: string | undefined) => {
    i = next;
    title.textContent = titleOf(next);
    const ringing = isIncoming(next);
    li.className = `interaction${ringing ? ' ringing' : ''}${next.isCaseSelected ? ' selected' : ''}`;
    li.dataset.state = next.state;
    incoming.hidden = !ringing;
    incoming.textContent = next.media === 'voice' ? 'Incoming call' : `Incoming ${next.media}`;
    state.textContent = next.state;
    recording.hidden = next.media !== 'voice';
    const rec = next.recordingState ?? 'STOPPED';
    recording.textContent = `Recording: ${RECORDING[rec] ?? rec.toLowerCase()}`;
    recording.dataset.state = rec;
    caseBadge.hidden = !next.isCaseSelected;
    const entries = Object.entries(next.userData ?? {});
    const pair = ([k, v]: [string, unknown]) => [
      h('dt', {}, k),
      h('dd', { 'data-key': k }, String(v)),
    ];
    shown.replaceChildren(...entries.filter(([k]) => !INTERNAL_KEY.test(k)).flatMap(pair));
    const hiddenKeys = entries.filter(([k]) => INTERNAL_KEY.test(k));
    internal.replaceChildren(...hiddenKeys.flatMap(pair));
    internalCount.textContent = String(hiddenKeys.length);
    folded.hidden = hiddenKeys.length === 0;
    for (const b of buttons) b.el.disabled = !b.enabled(next);
    if (blocked) alert.textContent = `Mark done blocked: ${blocked}`;
    else if (alert.textContent?.startsWith('Mark done blocked')) alert.textContent = '';
  };
  update(first, undefined);
  /** The first action the agent can take on this row now. */
  const firstEnabled = () => buttons.find((b) => !b.el.disabled)?.el;
  /** Where focus goes from `label` when that action became unavailable. */
  const after = (label: string) => {
    const paired = buttons.find((b) => b.label === NEXT_ACTION[label] && !b.el.disabled);
    if (paired) return paired.el;
    const index = buttons.findIndex((b) => b.label === label);
    return (
      buttons.slice(index + 1).find((b) => !b.el.disabled)?.el ??
      buttons
        .slice(0, index)
        .reverse()
        .find((b) => !b.el.disabled)?.el
    );
  };
  return { li, update, firstEnabled, after };
}

/**
 * The list of interactions with their controls, following the desktop. Rows are kept by
 * interaction and updated in place, so focus stays on the action the agent used, or moves to the
 * next sensible one (Answer → Hold, Hold ↔ Resume, a finished row → the next row). A new
 * ringing call (or invited chat or email) comes first and is announced at once.
 *
 * @example
 * panel.append(interactionList(workspace, announcer));
 */
export function interactionList(workspace: SimulatedWorkspace, live?: Announcer): HTMLElement {
  const list = h('ul', { class: 'interactions', 'aria-labelledby': 'interactions-heading' });
  const heading = h('h2', { id: 'interactions-heading', tabindex: -1 }, 'Interactions');
  const empty = h(
    'p',
    { class: 'empty' },
    'No interaction. Simulate one above, or dial from an app.',
  );
  const rows = new Map<string, ReturnType<typeof interactionRow>>();
  const states = new Map<string, string>();
  const titles = new Map<string, string>();
  let last: DesktopSnapshot['interactions'] | undefined;
  let lastBlocked: DesktopSnapshot['blockedMarkdone'] | undefined;
  const render = (s: DesktopSnapshot) => {
    if (s.interactions === last && s.blockedMarkdone === lastBlocked) return;
    last = s.interactions;
    lastBlocked = s.blockedMarkdone;
    // Where focus is before anything changes (a removed element takes focus with it).
    const active = document.activeElement;
    const focusedId = [...rows].find(([, r]) => r.li.contains(active))?.[0];
    const focusedAction = active instanceof HTMLButtonElement ? active.dataset.action : undefined;
    let focusTarget: HTMLElement | undefined;

    const alive = new Set(s.interactions.map((i) => i.interactionId));
    for (const [id, row] of rows) {
      if (alive.has(id)) continue;
      if (id === focusedId) {
        // The next row that stays (else the one before it), else the list's heading.
        const siblings = [...list.children];
        const at = siblings.indexOf(row.li);
        const staying = [...rows].filter(([rid]) => alive.has(rid)).map(([, r]) => r);
        const next = [...siblings.slice(at + 1), ...siblings.slice(0, at).reverse()]
          .map((el) => staying.find((r) => r.li === el))
          .find(Boolean);
        focusTarget = next?.firstEnabled() ?? heading;
      }
      row.li.remove();
      rows.delete(id);
      live?.polite(`${titles.get(id) ?? `Interaction #${id}`} is done`);
      states.delete(id);
      titles.delete(id);
    }
    for (const i of s.interactions) {
      const id = i.interactionId;
      let row = rows.get(id);
      if (!row) {
        row = interactionRow(workspace, i);
        rows.set(id, row);
        if (isIncoming(i)) list.prepend(row.li);
        else list.append(row.li);
        if (i.state === 'RINGING')
          live?.assertive(
            `Incoming call ${titleOf(i).replace(/^Call #\S+ /, '')}. Answer it in Interactions.`,
          );
        else if (isIncoming(i)) live?.assertive(`Incoming ${titleOf(i)}`);
      } else if (states.get(id) !== i.state)
        live?.polite(`${titleOf(i)}: ${i.state.toLowerCase()}`);
      states.set(id, i.state);
      titles.set(id, titleOf(i));
      row.update(i, s.blockedMarkdone[id]);
      if (
        id === focusedId &&
        focusedAction &&
        active instanceof HTMLButtonElement &&
        active.disabled
      )
        focusTarget = row.after(focusedAction) ?? heading;
    }
    heading.textContent = `Interactions (${s.interactions.length})`;
    empty.hidden = s.interactions.length > 0;
    focusTarget?.focus();
  };
  render(workspace.getSnapshot());
  workspace.subscribe(render);
  return h(
    'section',
    { 'aria-labelledby': 'interactions-heading', class: 'interactions-panel' },
    heading,
    list,
    empty,
  );
}
