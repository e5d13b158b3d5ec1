import type { CampaignRecordState, CampaignSeed } from './types';

/** The records of a seeded campaign, ready to preview. */
export const recordsOf = (c: CampaignSeed): CampaignRecordState[] =>
  (c.records ?? []).map((r) => ({
    campaignName: c.name,
    handle: r.handle,
    phone: r.phone,
    fields: { ...r.fields },
    status: 'ready',
    doNotCall: false,
  }));

/**
 * The desktop's campaigns and records from the seed: loaded (not started), no event raised.
 *
 * @example
 * const { campaigns, records } = seededCampaigns(seed.campaigns);
 */
export function seededCampaigns(seeds: readonly CampaignSeed[] = []) {
  return {
    campaigns: seeds.map((c) => ({ name: c.name, mode: c.mode ?? 'PREVIEW', started: false })),
    records: seeds.flatMap(recordsOf),
  };
}
