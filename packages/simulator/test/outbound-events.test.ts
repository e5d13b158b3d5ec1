// The `outbound` events the simulator raises. Campaign events as the Service Client API page's
// "Outbound campaign events" table shows them (https://all.docs.genesys.com/index.php?diff=prev&oldid=102032&title=PEC-Developer%2FCurrent%2FSCAPI%2FServiceClientAPI);
// the preview events' names follow its "Outbound preview events" table (Pull Preview, Push
// Preview, Direct Push Preview; MARK_DONE), their payloads are inferred.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, type TestWorkspace } from '../src';
import { collect, flush, rawFrame } from './helpers';

let t: TestWorkspace;
afterEach(() => t.dispose());

const seed = {
  campaigns: [
    {
      name: 'Offer of the Month',
      mode: 'PREVIEW',
      records: [
        { handle: 1, phone: '5551000' },
        { handle: 2, phone: '5551001' },
        { handle: 3, phone: '5551002' },
      ],
    },
  ],
};

describe('outbound campaign events', () => {
  it('CampaignLoaded, CampaignStarted (with mode) and CampaignUnloaded carry the campaign name', async () => {
    t = createTestWorkspace();
    const ev = collect(t.client, 'outbound');
    await t.client.agent.get();
    t.workspace.loadCampaign({ name: 'Offer of the Month', mode: 'PREVIEW' });
    t.workspace.startCampaign('Offer of the Month');
    t.workspace.unloadCampaign('Offer of the Month');
    await flush();
    expect(ev.events).toEqual([
      { eventType: 'CampaignLoaded', campaign: 'Offer of the Month' },
      { eventType: 'CampaignStarted', campaign: 'Offer of the Month', mode: 'PREVIEW' },
      { eventType: 'CampaignUnloaded', campaign: 'Offer of the Month' },
    ]);
    expect(t.workspace.getSnapshot().outbound.campaigns).toEqual([]);
  });

  it('on the wire exactly as documented: { event: "outbound", data: { eventType, campaign } }', () => {
    t = createTestWorkspace();
    const frame = rawFrame(t.host, 'http://localhost');
    frame.subscribe(['outbound']);
    t.workspace.loadCampaign({ name: 'Offer of the Month' });
    expect(frame.inbox.filter((m) => m.event)).toEqual([
      {
        event: 'outbound',
        data: { eventType: 'CampaignLoaded', campaign: 'Offer of the Month' },
        userAgent: 'WWE Server',
        protocolVersion: 2,
      },
    ]);
  });

  it('a started campaign cannot start twice; an unknown one is refused; getCampaigns keeps { name, mode }', async () => {
    t = createTestWorkspace({ seed });
    t.workspace.startCampaign('Offer of the Month');
    expect(() => t.workspace.startCampaign('Offer of the Month')).toThrow(/already started/);
    expect(() => t.workspace.startCampaign('Nope')).toThrow(/not found/);
    expect(t.workspace.getSnapshot().outbound.campaigns).toEqual([
      { name: 'Offer of the Month', mode: 'PREVIEW', started: true },
    ]);
    expect(await t.client.outbound.getCampaigns()).toEqual([
      { name: 'Offer of the Month', mode: 'PREVIEW' },
    ]);
  });
});

describe('outbound preview events', () => {
  it('Pull, Push and Direct Push Preview records raise PreviewRecord; reject and cancel raise MARK_DONE', async () => {
    t = createTestWorkspace({ seed });
    const ev = collect(t.client, 'outbound');
    await t.client.agent.get();
    const pulled: any = await t.client.outbound.getPreviewRecord('Offer of the Month');
    await t.client.outbound.rejectPreviewRecord(pulled.interactionId);
    const pushed = t.workspace.pushPreviewRecord('Offer of the Month');
    await t.client.outbound.cancelPreviewRecord(pushed);
    await t.client.outbound.startDirectPushPreview();
    const direct = t.workspace.pushPreviewRecord('Offer of the Month');
    await flush();
    const campaign = 'Offer of the Month';
    expect(ev.events).toEqual([
      {
        eventType: 'PreviewRecord',
        campaign,
        mode: 'Pull Preview',
        interactionId: '1',
        recordHandle: 1,
      },
      { eventType: 'MARK_DONE', campaign, interactionId: '1', recordHandle: 1 },
      {
        eventType: 'PreviewRecord',
        campaign,
        mode: 'Push Preview',
        interactionId: '2',
        recordHandle: 2,
      },
      { eventType: 'MARK_DONE', campaign, interactionId: '2', recordHandle: 2 },
      {
        eventType: 'PreviewRecord',
        campaign,
        mode: 'Direct Push Preview',
        interactionId: direct,
        recordHandle: 3,
      },
    ]);
  });

  it('a preview event follows the preview interaction, which the app can already read', async () => {
    t = createTestWorkspace({ seed });
    const seen: unknown[] = [];
    t.client.on('outbound', (e) => {
      void t.client.interaction
        .getByInteractionId(e.interactionId as string)
        .then((i) => seen.push(i?.state));
    });
    await t.client.agent.get();
    t.workspace.pushPreviewRecord('Offer of the Month');
    await flush();
    await flush();
    expect(seen).toEqual(['PREVIEW']);
  });

  it('an outbound event reaches only origins whose filter allows outbound.getCampaigns', () => {
    t = createTestWorkspace({
      seed,
      options: {
        'service-client-api.accepted-web-content-origins':
          'http://a (agent.*), http://b (outbound.*)',
      },
    });
    const a = rawFrame(t.host, 'http://a');
    const b = rawFrame(t.host, 'http://b');
    a.subscribe(['outbound']);
    b.subscribe(['outbound']);
    t.workspace.startCampaign('Offer of the Month');
    expect(a.events('outbound')).toEqual([]);
    expect(b.events('outbound')).toEqual([
      { eventType: 'CampaignStarted', campaign: 'Offer of the Month', mode: 'PREVIEW' },
    ]);
  });
});
