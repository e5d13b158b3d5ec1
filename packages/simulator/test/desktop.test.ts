import { catalogMethods } from '@wwe-kit/core/internal';
import { afterEach, describe, expect, it } from 'vitest';
import { createSimulatedWorkspace, createTestWorkspace, type TestWorkspace } from '../src';
import { getOptions } from '../src/workspace/configuration';
import { simulatedRequests } from '../src/workspace/handlers';
import { collect, rawFrame } from './helpers';

let t: TestWorkspace;
afterEach(() => t?.dispose());

describe('catalog coverage', () => {
  it('implements every request of the catalog; an unknown request gets an error reply', async () => {
    const names = catalogMethods().flatMap(([, m]) => m.map((s) => s.request));
    expect(names.filter((n) => !simulatedRequests().includes(n))).toEqual([]);
    t = createTestWorkspace();
    await expect(t.client.requestUnknown('voice.teleport')).rejects.toMatchObject({
      code: 'HOST_ERROR',
      hostMessage: "Unknown request 'voice.teleport'",
    });
  });
});

describe('cases', () => {
  it('selectCaseByCaseId sets isCaseSelected/isCaseExpanded and raises CASE_SELECTED with selectedCaseId', async () => {
    t = createTestWorkspace();
    const ev = collect(t.client, 'interaction');
    await t.client.agent.get();
    t.workspace.simulateInboundCall();
    t.workspace.simulateInboundChat();
    const [call, chat] = await t.client.interaction.getInteractions();
    expect([call?.isCaseSelected, chat?.isCaseSelected]).toEqual([false, false]);
    await t.client.interaction.selectCaseByCaseId(chat!.caseId!);
    // Exactly the documented shape: no interaction, no media.
    expect(ev.events.at(-1)).toEqual({ eventType: 'CASE_SELECTED', selectedCaseId: chat!.caseId });
    expect((await t.client.interaction.getByInteractionId('2'))!).toMatchObject({
      isCaseSelected: true,
      isCaseExpanded: true,
    });
    t.workspace.selectCase(call!.caseId!);
    const now = await t.client.interaction.getInteractions();
    expect(now.map((i) => i.isCaseSelected)).toEqual([true, false]);
    expect(
      await t.client.requestUnknown<unknown[]>('interaction.getByCaseId', [call!.caseId]),
    ).toHaveLength(1);
    t.workspace.expandCase(call!.caseId!, false);
    await t.client.agent.get();
    expect(ev.events.slice(-2)).toEqual([
      { eventType: 'CASE_SELECTED', selectedCaseId: call!.caseId },
      { eventType: 'CASE_COLLAPSED', selectedCaseId: call!.caseId },
    ]);
    await expect(t.client.interaction.selectCaseByCaseId('nope')).rejects.toMatchObject({
      code: 'HOST_ERROR',
    });
  });
});

describe('toasts, dialogs, menu bar', () => {
  it('opens, updates and closes toasts; a button click goes to the frame that opened the toast', async () => {
    t = createTestWorkspace();
    const system = collect(t.client, 'system');
    const other = rawFrame(t.host, 'http://localhost');
    other.subscribe(['system']);
    const a = await t.client.system.popupToast({ title: 'VIP', buttons: ['Open CRM', 'Ignore'] });
    const b = await t.client.system.popupToast({ title: 'Second' });
    expect([a, b]).toEqual(['wweCustomToast0', 'wweCustomToast1']);
    await t.client.system.updateToast(b, { message: 'updated' });
    expect(t.workspace.getSnapshot().toasts[1]?.params).toEqual({
      title: 'Second',
      message: 'updated',
    });
    await t.client.system.closeToast(b);
    await expect(t.client.system.closeToast(b)).rejects.toMatchObject({ code: 'HOST_ERROR' });
    expect(() => t.workspace.clickToastButton(a, 2)).toThrow(/no button 2/);
    t.workspace.clickToastButton(a, 1);
    await t.client.agent.get();
    expect(system.events).toEqual([
      { eventType: 'CUSTOM_TOAST_BUTTON_CLICK', customToastId: a, buttonIndex: 1 },
    ]);
    expect(other.events('system')).toEqual([]);
    expect(t.workspace.getSnapshot().toasts).toEqual([]);
  });

  it('closes a toast after autoCloseTimeout', async () => {
    t = createTestWorkspace();
    await t.client.system.popupToast({ title: 'Soon gone', autoCloseTimeout: 10 });
    expect(t.workspace.getSnapshot().toasts).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 30));
    expect(t.workspace.getSnapshot().toasts).toHaveLength(0);
  });

  it('opens dialogs with placeholders substituted, and menu-bar views', async () => {
    t = createTestWorkspace({ seed: { agent: { firstname: 'Ada', lastname: 'Lovelace' } } });
    const id = await t.client.system.openDialog(
      'https://crm/d?id=$Dialog.Id$&who=$Agent.FullName$',
      { label: 'Notes', width: 400, height: 300 },
    );
    // The first dialog is wweCustomDialog1, as Genesys's sample page closes it.
    expect(id).toBe('wweCustomDialog1');
    expect(t.workspace.getSnapshot().dialogs[0]).toMatchObject({
      url: 'https://crm/d?id=wweCustomDialog1&who=Ada%20Lovelace',
      label: 'Notes',
      frameId: 'frame-1',
    });
    await t.client.system.closeDialog(id);
    expect(t.workspace.getSnapshot().dialogs).toEqual([]);
    await t.client.system.updateViewInApplicationMenuBar({
      name: 'shift',
      label: 'Shift ends 17:00',
    });
    await t.client.system.updateViewInApplicationMenuBar({ name: 'shift', tooltip: 'tip' });
    expect(t.workspace.getSnapshot().menuBarViews).toEqual([
      { name: 'shift', label: 'Shift ends 17:00', tooltip: 'tip' },
    ]);
    await t.client.system.closeViewInApplicationMenuBar('shift');
    await expect(t.client.system.closeViewInApplicationMenuBar('shift')).rejects.toMatchObject({
      code: 'HOST_ERROR',
    });
  });
});

describe('sipEndpoint, frames, activity', () => {
  it('mutes and unmutes', async () => {
    t = createTestWorkspace();
    await t.client.sipEndpoint.muteMicrophone();
    expect([
      await t.client.sipEndpoint.isMicrophoneMute(),
      await t.client.sipEndpoint.isSpeakerMute(),
    ]).toEqual([true, false]);
    await t.client.sipEndpoint.muteSpeaker();
    await t.client.sipEndpoint.unmuteMicrophone();
    expect(t.workspace.getSnapshot()).toMatchObject({ microphoneMuted: false, speakerMuted: true });
    await t.client.sipEndpoint.unmuteSpeaker();
    expect(await t.client.sipEndpoint.isSpeakerMute()).toBe(false);
  });

  it('answers frame leadership and visibility', async () => {
    t = createTestWorkspace();
    const ask = () =>
      Promise.all(
        [
          'isFrameLeading',
          'isFrameFollowing',
          'isFrameNegotiating',
          'isFrameLeadingOrNegotiating',
          'isLastActiveFrame',
        ].map((m) => t.client.request(`system.${m}` as 'system.isFrameLeading')),
      );
    expect(await ask()).toEqual([true, false, false, true, true]);
    t.workspace.setFrameLeadership('following', false);
    expect(await ask()).toEqual([false, true, false, false, false]);
    t.workspace.setFrameLeadership('negotiating');
    expect(await ask()).toEqual([false, false, true, true, false]);
    expect(await t.client.system.amIVisible()).toBe(true);
    expect(
      rawFrame(t.host, 'http://localhost', 'hidden').request('system.amIVisible')[0].data,
    ).toBe(false);
    t.clock.advance(5000);
    await t.client.system.triggerActivity();
    expect(t.workspace.getSnapshot().lastActivityAt).toBe(t.clock.now());
  });
});

describe('configuration and auth', () => {
  const options = {
    'voice.auto-answer': 'true',
    'voice.prefix': '9',
    'chat.x': '1',
    'crm/url': 'https://crm',
    'crm/key': 'k',
    'Other/a': 'b',
  };
  it('getOption supports voice.*, Section/option, Section/prefix* and arrays', async () => {
    t = createTestWorkspace({ options });
    expect(await t.client.configuration.getOption('voice.*')).toEqual([
      {
        name: 'interaction-workspace',
        options: { 'voice.auto-answer': 'true', 'voice.prefix': '9' },
      },
    ]);
    expect(await t.client.configuration.getOption(['crm/url', 'chat.x', 'Other/*'])).toEqual([
      { name: 'crm', options: { url: 'https://crm' } },
      { name: 'interaction-workspace', options: { 'chat.x': '1' } },
      { name: 'Other', options: { a: 'b' } },
    ]);
    await expect(t.client.configuration.getOption('v*ice')).rejects.toMatchObject({
      code: 'HOST_ERROR',
    });
    expect(getOptions(options, 'missing')).toEqual([]);
    const id = t.workspace.simulateInboundCall({ userData: { 'voice.prefix': '0' } });
    expect(await t.client.configuration.getContextualOption('voice.prefix', id)).toEqual([
      { name: 'interaction-workspace', options: { 'voice.prefix': '0' } },
    ]);
  });

  it('getJwtToken gives a JWT for the agent expiring in an hour; getPureCloudToken renews on demand', async () => {
    t = createTestWorkspace();
    const { jwtToken, expiration } = await t.client.auth.getJwtToken();
    expect(expiration).toBe('2024-01-01T10:00:00.000Z');
    const payload = JSON.parse(Buffer.from(jwtToken.split('.')[1]!, 'base64url').toString());
    expect(payload).toMatchObject({ sub: 'alex.agent', exp: Date.parse(expiration) / 1000 });
    const a = await t.client.auth.getPureCloudToken();
    expect(await t.client.auth.getPureCloudToken(false)).toBe(a);
    expect(await t.client.auth.getPureCloudToken(true)).not.toBe(a);
  });
});

describe('outbound campaigns', () => {
  it('previews, updates, reschedules and calls a record', async () => {
    t = createTestWorkspace({
      seed: {
        campaigns: [
          {
            name: 'Renewals',
            records: [
              { handle: 7, phone: '5551000', fields: { FirstName: 'Ada' } },
              { handle: 8, phone: '5552000' },
            ],
          },
        ],
      },
    });
    const ev = collect(t.client, 'interaction');
    expect(await t.client.outbound.getCampaigns()).toEqual([{ name: 'Renewals', mode: 'PREVIEW' }]);
    const rec: any = await t.client.outbound.getPreviewRecord('Renewals');
    expect(rec).toMatchObject({
      interactionId: '1',
      recordHandle: 7,
      fields: { FirstName: 'Ada' },
    });
    await t.client.outbound.updateRecordFields('1', { Plan: 'gold' });
    expect(await t.client.outbound.getRecordFields('1')).toEqual({
      FirstName: 'Ada',
      Plan: 'gold',
    });
    expect(await t.client.outbound.getChainedRecords('1')).toHaveLength(1);
    await expect(
      t.client.outbound.rescheduleRecord('1', 7, 'tomorrow', 'CAMPAIGN'),
    ).rejects.toMatchObject({ code: 'HOST_ERROR' });
    await t.client.outbound.rescheduleRecord('1', 7, '1/2/2024 10:30', 'CAMPAIGN');
    await t.client.outbound.cancelReschedule('1');
    expect((await t.client.outbound.getListOfCallResults()).length).toBeGreaterThan(3);
    await t.client.outbound.setCallResult('1', 33);
    expect(await t.client.outbound.getCallResult('1')).toBe(33);
    await t.client.outbound.setDoNotCall('1');
    await t.client.outbound.removeDoNotCall('1');
    await t.client.outbound.callPreviewRecord('1', 7);
    // No interaction event type of Workspace's is the preview's: `ADDED` only (not an invented `PREVIEW`).
    expect(ev.events.map((e) => `${e.interaction.interactionId}:${e.eventType}`)).toEqual([
      '1:ADDED',
      '1:REMOVED',
      '2:ADDED',
      '2:DIALING',
      '2:ESTABLISHED',
    ]);
    expect(ev.events[2].interaction.userData).toMatchObject({
      GSW_CAMPAIGN_NAME: 'Renewals',
      GSW_RECORD_HANDLE: 7,
    });
    const second: any = await t.client.outbound.getPreviewRecord('Renewals');
    await t.client.outbound.rejectPreviewRecord(second.interactionId);
    await expect(t.client.outbound.getPreviewRecord('Renewals')).rejects.toMatchObject({
      hostMessage: "Campaign 'Renewals' has no record to preview",
    });
    await t.client.outbound.startDirectPushPreview();
    expect(t.workspace.getSnapshot().outbound).toMatchObject({
      directPushPreview: true,
      records: [{ status: 'called', callResult: 33 }, { status: 'rejected' }],
    });
    await t.client.outbound.stopDirectPushPreview();
  });
});

describe('snapshot and subscribe', () => {
  it('gives a frozen, stable snapshot and notifies every change', () => {
    const w = createSimulatedWorkspace();
    const a = w.getSnapshot();
    expect(w.getSnapshot()).toBe(a);
    expect(Object.isFrozen(a.agentState)).toBe(true);
    const seen: string[] = [];
    const off = w.subscribe((s) => seen.push(s.interactions.map((i) => i.state).join()));
    const id = w.simulateInboundCall();
    w.handleRequest('voice.answer', [id]);
    off();
    w.handleRequest('voice.hangUp', [id]);
    expect(seen).toEqual(['RINGING', 'TALKING']);
    expect(w.getSnapshot()).not.toBe(a);
    expect(w.getSnapshot().interactions[0]?.state).toBe('RELEASED');
    expect(w.getSnapshot().interactions[0]?.startDate).toBe(Date.UTC(2024, 0, 1, 9));
    w.dispose();
  });
});
