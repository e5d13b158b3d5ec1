import type { Desktop } from './desktop';
import { addInteraction, removeInteraction } from './interactions';
import { keyValues, str, type Handler, type Handlers } from './params';
import type { CampaignRecordState } from './types';
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

const endPreview =
  (status: CampaignRecordState['status']): Handler<[interactionId: string], void> =>
  (d, [id]) => {
    takePreview(d, id).status = status;
    d.changed();
  };

const DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{1,2})$/;

/**
 * `outbound.*` requests: campaign preview records. Internal.
 *
 * @example
 * outboundHandlers['outbound.getCampaigns'](desktop, [], caller); // [{ name, mode }]
 */
export const outboundHandlers = {
  'outbound.getCampaigns': (d) => d.campaigns,
  'outbound.getPreviewRecord': (d, [campaignName]) => {
    const name = str(campaignName, 'campaignName');
    if (!d.campaigns.some((c) => c.name === name)) throw new Error(`Campaign '${name}' not found`);
    const r = d.records.find(
      (x) => x.campaignName === name && x.status === 'ready' && !x.doNotCall,
    );
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
    return {
      interactionId: i.interactionId,
      recordHandle: r.handle,
      campaignName: name,
      phone: r.phone,
      fields: r.fields,
    };
  },
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
