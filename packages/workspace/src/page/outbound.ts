import type { CampaignRecordState, DesktopSnapshot, SimulatedWorkspace } from '@wwe-kit/simulator';
import { errorMessage, h } from './dom';

/** The agent's buttons for one record: what the outbound requests allow in its status. */
function recordButtons(
  r: CampaignRecordState,
  run: (name: string, params: unknown[]) => () => void,
): HTMLElement[] {
  if (r.status !== 'previewing' || !r.interactionId) return [];
  const id = r.interactionId;
  return [
    h(
      'button',
      {
        type: 'button',
        'data-key': `call-${r.campaignName}-${r.handle}`,
        onclick: run('outbound.callPreviewRecord', [id, r.handle]),
      },
      'Call',
    ),
    h(
      'button',
      {
        type: 'button',
        'data-key': `reject-${r.campaignName}-${r.handle}`,
        onclick: run('outbound.rejectPreviewRecord', [id]),
      },
      'Reject',
    ),
    h(
      'button',
      {
        type: 'button',
        'data-key': `cancel-${r.campaignName}-${r.handle}`,
        onclick: run('outbound.cancelPreviewRecord', [id]),
      },
      'Cancel',
    ),
  ];
}

/**
 * The outbound campaigns (the seed's `campaigns`) and their records with their status, so the
 * `outbound.*` requests of an app can be followed; the agent may also preview the next record
 * of a campaign and call, reject or cancel it, start a campaign (`CampaignStarted`) and have the
 * next record pushed (a Push Preview record, or Direct Push Preview once the app started it).
 *
 * @example
 * panel.append(outboundPanel(workspace));
 */
export function outboundPanel(workspace: SimulatedWorkspace): HTMLElement {
  const body = h('div', {});
  const heading = h('h2', { tabindex: -1 }, 'Outbound');
  const alert = h('p', { role: 'alert', class: 'error' });
  const act = (f: () => unknown) => () => {
    alert.textContent = '';
    try {
      f();
    } catch (e) {
      alert.textContent = errorMessage(e);
    }
  };
  const run = (name: string, params: unknown[]) => act(() => workspace.handleRequest(name, params));
  let last: DesktopSnapshot['outbound'] | undefined;
  const render = (s: DesktopSnapshot) => {
    if (s.outbound === last) return;
    last = s.outbound;
    const { campaigns, records, directPushPreview } = s.outbound;
    // The list is drawn again: focus goes back to the same button, or to its campaign's
    // "Preview next record" when that button is gone (the record was called, rejected…).
    const active = document.activeElement;
    const focusKey = body.contains(active) ? (active as HTMLElement).dataset.key : undefined;
    const focusCampaign = body.contains(active)
      ? active?.closest<HTMLElement>('[data-campaign]')?.dataset.campaign
      : undefined;
    body.replaceChildren(
      ...(campaigns.length
        ? campaigns.map((c) => {
            const list = records.filter((r) => r.campaignName === c.name);
            return h(
              'div',
              {
                class: 'campaign',
                role: 'group',
                'aria-label': `Campaign ${c.name}`,
                'data-campaign': c.name,
              },
              h(
                'div',
                { class: 'line' },
                h('strong', {}, c.name),
                h('span', { class: 'badge' }, c.mode),
                h(
                  'button',
                  {
                    type: 'button',
                    'data-key': `preview-${c.name}`,
                    onclick: run('outbound.getPreviewRecord', [c.name]),
                  },
                  'Preview next record',
                ),
                // What Outbound Contact Server does: raises the `outbound` events apps listen to.
                c.started
                  ? ''
                  : h(
                      'button',
                      {
                        type: 'button',
                        'data-key': `start-${c.name}`,
                        onclick: act(() => workspace.startCampaign(c.name)),
                      },
                      'Start campaign',
                    ),
                h(
                  'button',
                  {
                    type: 'button',
                    'data-key': `push-${c.name}`,
                    onclick: act(() => workspace.pushPreviewRecord(c.name)),
                  },
                  'Push next record',
                ),
              ),
              h(
                'ul',
                { class: 'records' },
                list.map((r) =>
                  h(
                    'li',
                    { 'data-testid': `record-${c.name}-${r.handle}` },
                    `#${r.handle} ${r.phone} `,
                    h(
                      'span',
                      { class: 'badge', 'data-testid': `record-status-${c.name}-${r.handle}` },
                      r.status,
                    ),
                    r.interactionId ? ` interaction ${r.interactionId}` : '',
                    r.callResult !== undefined ? ` result ${r.callResult}` : '',
                    r.doNotCall ? h('span', { class: 'badge' }, 'do not call') : '',
                    r.rescheduledAt ? ` rescheduled ${r.rescheduledAt}` : '',
                    ' ',
                    ...recordButtons(r, run),
                  ),
                ),
              ),
            );
          })
        : [h('p', { class: 'hint' }, 'No campaign (seed campaigns).')]),
      directPushPreview ? h('p', { class: 'hint' }, 'Direct push preview: on') : '',
    );
    if (focusKey) {
      const target =
        body.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusKey)}"]`) ??
        (focusCampaign !== undefined
          ? body.querySelector<HTMLElement>(
              `[data-key="${CSS.escape(`preview-${focusCampaign}`)}"]`,
            )
          : null) ??
        heading;
      target.focus();
    }
  };
  render(workspace.getSnapshot());
  workspace.subscribe(render);
  return h('section', { 'aria-label': 'Outbound', class: 'outbound' }, heading, body, alert);
}
