// The documented-payloads suite (core and legacy shim): every event payload Genesys documents,
// exactly as printed, through a host to the client's handlers, the live stores and the legacy
// `genesys.wwe.service` shim; and the documented replies to the client's requests.
import { describe, expect, expectTypeOf, test } from 'vitest';
import {
  workspaceStores,
  type AgentSnapshot,
  type EventMap,
  type InteractionEvent,
  type OutboundEvent,
} from '../src/index';
import { installLegacyService } from '../src/legacy';
import { documented, documentedWorkspace, payloadsExpecting, settle } from './documented-host';

describe('documented payloads: the client hands them to handlers untouched', () => {
  test.each(documented.payloads.map((p) => [p.id, p] as const))('%s', async (_id, p) => {
    const w = documentedWorkspace(p);
    const seen: unknown[] = [];
    w.client.on(p.message.event as keyof EventMap, (data) => seen.push(data));
    await settle();
    w.emit();
    await settle();
    expect(seen).toEqual([p.message.data]);
    if (p.expect.event) expect(seen[0]).toEqual(p.expect.event);
    w.client.dispose();
  });
});

describe('documented payloads: the core stores', () => {
  test.each(payloadsExpecting('agentState').map((p) => [p.id, p] as const))(
    '%s: the agent store ends in the documented state and never shows a field the event contradicts',
    async (_id, p) => {
      const w = documentedWorkspace(p);
      const { agent } = workspaceStores(w.client);
      const seen: AgentSnapshot[] = [];
      agent.subscribe((s) => seen.push(s));
      await settle();
      const before = agent.get().state!;
      expect(before).toEqual(p.before!.agentState);
      seen.length = 0;
      w.emit();
      await settle();
      expect(agent.get()).toMatchObject({ status: 'ready', state: p.expect.agentState });
      const data = p.message.data;
      for (const s of seen) {
        expect(s.state).toMatchObject({ state: data.mediaState });
        if (data.reasonCode !== undefined) expect(s.state?.reasonCode).toBe(data.reasonCode);
        if (s.state?.state !== before.state)
          expect(s.state?.operationName).not.toBe(before.operationName);
      }
      w.client.dispose();
    },
  );

  test.each(payloadsExpecting('interaction').map((p) => [p.id, p] as const))(
    '%s: the interaction stores hold the event’s copy',
    async (_id, p) => {
      const w = documentedWorkspace(p);
      const stores = workspaceStores(w.client);
      const id = p.expect.interaction!.interactionId;
      stores.interactions.subscribe(() => {});
      stores.interaction(id).subscribe(() => {});
      await settle();
      w.emit();
      await settle();
      expect(stores.interaction(id).get()).toEqual({
        status: 'ready',
        interaction: p.expect.interaction,
      });
      expect(stores.interactions.get().interactions).toEqual([p.expect.interaction]);
      w.client.dispose();
    },
  );

  test.each(payloadsExpecting('caseSelection').map((p) => [p.id, p] as const))(
    '%s: caseSelection follows selectedCaseId (no interaction in the event)',
    async (_id, p) => {
      const w = documentedWorkspace(p);
      const { caseSelection, interactions } = workspaceStores(w.client);
      caseSelection.subscribe(() => {});
      await settle();
      const caseIds: unknown[] = [];
      caseSelection.subscribe((s) => caseIds.push(s.caseId));
      w.emit();
      await settle();
      expect(caseSelection.get()).toEqual({ status: 'ready', ...p.expect.caseSelection });
      // The selected case id from the event itself: never another case on the way.
      expect(new Set(caseIds)).toEqual(new Set([p.expect.caseSelection!.caseId]));
      expect(interactions.get().interactions).toEqual(p.after!.interactions);
      w.client.dispose();
    },
  );
});

describe('documented payloads: the legacy shim', () => {
  test.each(documented.payloads.map((p) => [p.id, p] as const))(
    '%s reaches subscribe() handlers as { event, data }',
    async (_id, p) => {
      const w = documentedWorkspace(p);
      w.client.dispose(); // the shim makes its own client, over the same host
      const seen: unknown[] = [];
      const service = installLegacyService({ transport: w.transport }, false);
      service.subscribe([p.message.event], (message) => seen.push(message));
      await settle();
      w.emit();
      await settle();
      expect(seen).toEqual([{ event: p.message.event, data: p.message.data }]);
      service.unload();
    },
  );
});

describe('documented replies', () => {
  test.each(documented.replies.map((r) => [r.id, r] as const))(
    '%s fails the request with what the page says',
    async (_id, r) => {
      const w = documentedWorkspace(undefined, {
        answer: (request) => (request === 'voice.dial' ? r.message : undefined),
      });
      await expect(w.client.voice.dial('5001')).rejects.toMatchObject(r.expect);
      w.client.dispose();
    },
  );
});

describe('documented payloads: the types say what Workspace sends', () => {
  test('case events carry selectedCaseId and no interaction; other types narrow to one with it', () => {
    const handler = (e: InteractionEvent) => {
      if (e.eventType === 'CASE_SELECTED')
        expectTypeOf(e.selectedCaseId).toEqualTypeOf<string | undefined>();
      else if (e.eventType === 'ATTACHED_DATA_CHANGED')
        expectTypeOf(e.interaction.interactionId).toEqualTypeOf<string>();
      // Without a check, the interaction may be absent (a case event).
      expectTypeOf(e.interaction).toEqualTypeOf<InteractionEvent['interaction']>();
      expectTypeOf<undefined>().toExtend<InteractionEvent['interaction']>();
    };
    void handler;
    const campaign = (e: OutboundEvent) => {
      if (e.eventType === 'CampaignLoaded') expectTypeOf(e.campaign).toExtend<string | undefined>();
    };
    void campaign;
  });
});
