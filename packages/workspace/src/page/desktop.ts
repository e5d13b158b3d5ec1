import type { Interaction, KeyValues } from '@wwe-kit/core';
import type { DesktopSnapshot, SimulatedWorkspace } from '@wwe-kit/simulator';
import { errorMessage, h } from './dom';

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

/**
 * The agent's state menu (in the header): every state of the list, not-ready reasons included.
 *
 * @example
 * header.append(agentStateMenu(workspace));
 */
export function agentStateMenu(workspace: SimulatedWorkspace): HTMLElement {
  const select = h('select', { 'aria-label': 'Agent state' });
  const current = h('strong', { 'data-testid': 'host-agent-state' });
  const alert = h('span', { role: 'alert', class: 'error' });
  select.addEventListener(
    'change',
    action(alert, () => workspace.setAgentState(select.value)),
  );
  const render = (s: DesktopSnapshot) => {
    current.textContent = s.agentState.displayName ?? s.agentState.operationName;
    if (select.options.length !== s.stateList.length)
      select.replaceChildren(
        ...s.stateList.map((st) =>
          h('option', { value: st.operationName }, st.displayName ?? st.operationName),
        ),
      );
    select.value = s.agentState.operationName;
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

/** The buttons of one interaction: the agent's actions that make sense in its state. */
function controls(
  workspace: SimulatedWorkspace,
  i: Interaction,
  alert: HTMLElement,
): HTMLElement[] {
  const id = i.interactionId;
  const req = (name: string) => action(alert, () => workspace.handleRequest(name, [id]));
  const button = (label: string, run: () => void, enabled: boolean) =>
    h('button', { type: 'button', disabled: !enabled, onclick: run }, label);
  const s = i.state;
  const buttons =
    i.media === 'voice'
      ? [
          button('Answer', req('voice.answer'), s === 'RINGING'),
          button('Hold', req('voice.hold'), s === 'TALKING'),
          button('Resume', req('voice.resume'), s === 'HELD'),
          button(
            'Hang up',
            req('voice.hangUp'),
            ['TALKING', 'HELD', 'DIALING', 'RINGING'].includes(s),
          ),
          button(
            'Customer hangs up',
            action(alert, () => workspace.customerHangUp(id)),
            ['TALKING', 'HELD', 'DIALING', 'RINGING'].includes(s),
          ),
        ]
      : [
          button('Accept', req('interaction.accept'), s === 'INVITED'),
          ...(i.media === 'chat'
            ? [
                button(
                  'Customer leaves',
                  action(alert, () => workspace.customerHangUp(id)),
                  s === 'ACCEPTED' || s === 'INVITED',
                ),
              ]
            : []),
        ];
  return [
    ...buttons,
    button('Mark done', req('interaction.markdone'), true),
    button(
      'Select case',
      action(alert, () => workspace.selectCase(i.caseId ?? '')),
      !i.isCaseSelected && !!i.caseId,
    ),
  ];
}

/** One interaction as the agent sees it: media, party, state, recording, attached data, controls. */
function interactionRow(
  workspace: SimulatedWorkspace,
  i: Interaction,
  blocked?: string,
): HTMLElement {
  const id = i.interactionId;
  const alert = h('p', { role: 'alert', class: 'error' });
  if (blocked) alert.textContent = `Mark done blocked: ${blocked}`;
  const party =
    i.media === 'voice'
      ? i.direction === 'OUT'
        ? `to ${i.dnis ?? ''}`
        : `from ${i.ani ?? ''}`
      : (i.parties?.[0]?.name ?? '');
  const userData = Object.entries(i.userData ?? {});
  return h(
    'li',
    {
      class: i.isCaseSelected ? 'interaction selected' : 'interaction',
      role: 'group',
      'aria-label': `Interaction ${id}`,
      'data-testid': `host-interaction-${id}`,
    },
    h(
      'div',
      { class: 'line' },
      h('strong', {}, `${i.media} #${id}`),
      ` ${party} `,
      h('span', { class: 'badge', 'data-testid': `host-state-${id}` }, i.state),
      i.media === 'voice'
        ? h(
            'span',
            { class: 'badge', title: 'Recording', 'data-testid': `host-recording-${id}` },
            i.recordingState ?? 'STOPPED',
          )
        : null,
      i.isCaseSelected ? h('span', { class: 'badge' }, 'case selected') : null,
    ),
    h(
      'dl',
      {
        class: 'userdata',
        'aria-label': `User data of interaction ${id}`,
        'data-testid': `host-userdata-${id}`,
      },
      userData.map(([k, v]) => [h('dt', {}, k), h('dd', { 'data-key': k }, String(v))]).flat(),
    ),
    h('div', { class: 'buttons' }, controls(workspace, i, alert)),
    alert,
  );
}

/**
 * The list of interactions with their controls, following the desktop.
 *
 * @example
 * panel.append(interactionList(workspace));
 */
export function interactionList(workspace: SimulatedWorkspace): HTMLElement {
  const list = h('ul', { class: 'interactions', 'aria-label': 'Interactions' });
  const heading = h('h2', {}, 'Interactions');
  let last: DesktopSnapshot['interactions'] | undefined;
  let lastBlocked: DesktopSnapshot['blockedMarkdone'] | undefined;
  const render = (s: DesktopSnapshot) => {
    if (s.interactions === last && s.blockedMarkdone === lastBlocked) return;
    last = s.interactions;
    lastBlocked = s.blockedMarkdone;
    heading.textContent = `Interactions (${s.interactions.length})`;
    list.replaceChildren(
      ...(s.interactions.length
        ? s.interactions.map((i) =>
            interactionRow(workspace, i, s.blockedMarkdone[i.interactionId]),
          )
        : [
            h('li', { class: 'empty' }, 'No interaction. Simulate one above, or dial from an app.'),
          ]),
    );
  };
  render(workspace.getSnapshot());
  workspace.subscribe(render);
  return h('section', { 'aria-label': 'Interactions' }, heading, list);
}
