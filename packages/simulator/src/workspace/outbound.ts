import type { Desktop } from './desktop';
import { addInteraction, removeInteraction } from './interactions';
import { keyValues, str, type Handler, type Handlers } from './params';
import { recordsOf } from './campaigns';
import type { CampaignRecordState, CampaignSeed } from './types';
import { dial } from './voice';

/**
 * Genesys outbound call results (`GSW_CALL_RESULT` values) offered by `getListOfCallResults`.
 *
 * @example
 * await client.outbound.setCallResult(id, CALL_RESULTS[0]!.value);
 */
export const CALL_RESULTS = [
  { name: 'Answered', value: 33 },
  { name: 'Busy', value: 6 },
  { name: 'No Answer', value: 7 },
  { name: 'Answering Machine Detected', value: 9 },
  { name: 'Fax Detected', value: 17 },
  { name: 'Wrong Party', value: 26 },
  { name: 'Transferred', value: 0 },
];

/**
 * How a record reached the agent: the three kinds of preview record of Genesys's "Outbound
 * preview events" table (Service Client API page, "Outbound events").
 */
export type PreviewMode = 'Pull Preview' | 'Push Preview' | 'Direct Push Preview';

const campaignNamed = (d: Desktop, name: string) => {
  const c = d.campaigns.find((x) => x.name === name);
  if (!c) throw new Error(`Campaign '${name}' not found`);
  return c;
};

/**
 * A campaign is loaded for the agent: `outbound` `{ eventType: 'CampaignLoaded', campaign }`
 * (documented, with the campaign's name). Loading a campaign already loaded replaces its records.
 *
 * @example
 * loadCampaign(desktop, { name: 'Renewals', records: [{ handle: 1, phone: '5551000' }] });
 */
export function loadCampaign(d: Desktop, seed: CampaignSeed): void {
  const name = str(seed?.name, 'name');
  d.campaigns = [
    ...d.campaigns.filter((c) => c.name !== name),
    { name, mode: seed.mode ?? 'PREVIEW', started: false },
  ];
  d.records = [...d.records.filter((r) => r.campaignName !== name), ...recordsOf(seed)];
  d.changed();
  d.emit('outbound', { eventType: 'CampaignLoaded', campaign: name });
}

/**
 * A loaded campaign starts: `outbound` `{ eventType: 'CampaignStarted', campaign, mode }`
 * (documented: "also has a mode property"; `campaign` as in the other campaign events).
 *
 * @example
 * startCampaign(desktop, 'Renewals');
 */
export function startCampaign(d: Desktop, name: string): void {
  const c = campaignNamed(d, name);
  if (c.started) throw new Error(`Campaign '${name}' is already started`);
  d.campaigns = d.campaigns.map((x) => (x === c ? { ...c, started: true } : x));
  d.changed();
  d.emit('outbound', { eventType: 'CampaignStarted', campaign: c.name, mode: c.mode });
}

/**
 * A campaign is unloaded: its records not being previewed go, and `outbound`
 * `{ eventType: 'CampaignUnloaded', campaign }` (documented).
 *
 * @example
 * unloadCampaign(desktop, 'Renewals');
 */
export function unloadCampaign(d: Desktop, name: string): void {
  const c = campaignNamed(d, name);
  d.campaigns = d.campaigns.filter((x) => x !== c);
  d.records = d.records.filter((r) => r.campaignName !== name || r.status === 'previewing');
  d.changed();
  d.emit('outbound', { eventType: 'CampaignUnloaded', campaign: c.name });
}

/**
 * Shows the campaign's next ready record to the agent as a preview interaction (`ADDED`, state
 * `PREVIEW`), then raises `outbound` `{ eventType: 'PreviewRecord', campaign, mode,
 * interactionId, recordHandle }`: inferred (Genesys's "Outbound preview events" table lists the
 * preview events by mode; its payloads are not in the pages we have).
 *
 * @example
 * previewRecord(desktop, 'Renewals', 'Pull Preview'); // { interactionId: '1', recordHandle: 1, ... }
 */
export function previewRecord(d: Desktop, campaignName: unknown, mode: PreviewMode) {
  const name = str(campaignName, 'campaignName');
  campaignNamed(d, name);
  const r = d.records.find((x) => x.campaignName === name && x.status === 'ready' && !x.doNotCall);
  if (!r) throw new Error(`Campaign '${name}' has no record to preview`);
  const i = addInteraction(
    d,
    {
      media: 'outboundpreview',
      state: 'PREVIEW',
      direction: 'OUT',
      parties: [{ name: r.phone }],
      userData: { GSW_CAMPAIGN_NAME: name, GSW_RECORD_HANDLE: r.handle },
    },
    // `ADDED` only: Workspace documents no interaction event type for a preview record.
  );
  r.status = 'previewing';
  r.interactionId = i.interactionId;
  d.changed();
  d.emit('outbound', {
    eventType: 'PreviewRecord',
    campaign: name,
    mode,
    interactionId: i.interactionId,
    recordHandle: r.handle,
  });
  return {
    interactionId: i.interactionId,
    recordHandle: r.handle,
    campaignName: name,
    phone: r.phone,
    fields: r.fields,
  };
}

/**
 * Outbound Contact Server pushes the campaign's next record to the agent: a Direct Push Preview
 * record while `outbound.startDirectPushPreview` is on, a Push Preview record otherwise.
 *
 * @example
 * pushPreviewRecord(desktop, 'Renewals'); // 'PreviewRecord' with mode 'Push Preview'
 */
export function pushPreviewRecord(d: Desktop, campaignName: string) {
  return previewRecord(
    d,
    campaignName,
    d.directPushPreview ? 'Direct Push Preview' : 'Push Preview',
  );
}

const record = (d: Desktop, interactionId: string): CampaignRecordState => {
  const r = d.records.find((x) => x.interactionId === interactionId);
  if (!r) throw new Error(`No campaign record for interaction '${interactionId}'`);
  return r;
};

/** A request on the campaign record of interaction `params[0]`. */
const update =
  <P extends readonly [interactionId: string, ...unknown[]], R>(
    f: (r: CampaignRecordState, params: P) => R,
  ): Handler<P, R> =>
  (d, params) => {
    const result = f(record(d, str(params[0], 'interactionId')), params);
    d.changed();
    return result;
  };

/** The record being previewed in interaction `interactionId`, its preview interaction removed. */
const takePreview = (d: Desktop, interactionId: unknown) => {
  const id = str(interactionId, 'interactionId');
  const r = record(d, id);
  if (r.status !== 'previewing')
    throw new Error(`The record of interaction '${id}' is not being previewed`);
  const i = d.interactions.get(id);
  if (i) removeInteraction(d, i);
  return r;
};

/**
 * Ends the preview without a call (rejected or cancelled): the preview interaction goes, then
 * `outbound` `{ eventType: 'MARK_DONE', campaign, interactionId, recordHandle }`; the event name
 * is a row of Genesys's "Outbound preview events" table, its payload inferred.
 */
const endPreview =
  (status: CampaignRecordState['status']): Handler<[interactionId: string], void> =>
  (d, [id]) => {
    const r = takePreview(d, id);
    r.status = status;
    d.changed();
    d.emit('outbound', {
      eventType: 'MARK_DONE',
      campaign: r.campaignName,
      interactionId: str(id, 'interactionId'),
      recordHandle: r.handle,
    });
  };

const DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{1,2})$/;

/**
 * `outbound.*` requests: campaign preview records. Internal.
 *
 * @example
 * outboundHandlers['outbound.getCampaigns'](desktop, [], caller); // [{ name, mode }]
 */
export const outboundHandlers = {
  'outbound.getCampaigns': (d) => d.campaigns.map(({ name, mode }) => ({ name, mode })),
  'outbound.getPreviewRecord': (d, [campaignName]) =>
    previewRecord(d, campaignName, 'Pull Preview'),
  'outbound.getChainedRecords': update((r) => [
    { recordHandle: r.handle, phone: r.phone, fields: r.fields },
  ]),
  'outbound.getRecordFields': update((r) => r.fields),
  'outbound.updateRecordFields': update(
    (r, [, recordData]) => void Object.assign(r.fields, keyValues(recordData, 'recordData')),
  ),
  'outbound.callPreviewRecord': (d, [interactionId, handle]) => {
    const id = str(interactionId, 'interactionId');
    if (handle !== record(d, id).handle)
      throw new Error(`Record handle ${String(handle)} does not belong to interaction '${id}'`);
    const r = takePreview(d, id);
    r.status = 'called';
    const call = dial(d, r.phone, {
      GSW_CAMPAIGN_NAME: r.campaignName,
      GSW_RECORD_HANDLE: r.handle,
    });
    r.interactionId = call.interactionId;
    d.changed();
  },
  'outbound.rejectPreviewRecord': endPreview('rejected'),
  'outbound.cancelPreviewRecord': endPreview('cancelled'),
  'outbound.startDirectPushPreview': (d) => {
    d.directPushPreview = true;
    d.changed();
  },
  'outbound.stopDirectPushPreview': (d) => {
    d.directPushPreview = false;
    d.changed();
  },
  'outbound.rescheduleRecord': update((r, [, handle, rescheduleDate]) => {
    const date = str(rescheduleDate, 'rescheduleDate');
    if (!DATE.test(date))
      throw new Error(`Invalid reschedule date '${date}': expected "M/D/YYYY H:m"`);
    if (handle !== r.handle) throw new Error(`Record handle ${String(handle)} does not match`);
    r.rescheduledAt = date;
  }),
  'outbound.cancelReschedule': update((r) => {
    delete r.rescheduledAt;
  }),
  'outbound.getListOfCallResults': () => CALL_RESULTS,
  'outbound.setCallResult': update((r, [, callResult]) => {
    if (!CALL_RESULTS.some((c) => c.value === callResult))
      throw new Error(`Unknown call result ${String(callResult)}`);
    r.callResult = callResult;
  }),
  'outbound.getCallResult': update((r) => r.callResult ?? null),
  'outbound.setDoNotCall': update((r) => {
    r.doNotCall = true;
  }),
  'outbound.removeDoNotCall': update((r) => {
    r.doNotCall = false;
  }),
} satisfies Partial<Handlers>;
