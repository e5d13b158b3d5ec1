// The documented-payloads suite (Angular): every event payload Genesys documents, exactly as
// printed, through a host to the services' signals, injectWorkspaceStore and events$.
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { workspaceStores, type EventMap } from '@wwe-kit/core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  documented,
  documentedWorkspace,
  payloadsExpecting,
  settle,
  type DocumentedPayload,
} from '../../core/test/documented-host';
import { AgentStateService } from '../src/agent-state.service';
import { injectWorkspaceStore } from '../src/inject-workspace-store';
import { InteractionsService } from '../src/interactions.service';
import { provideWorkspace } from '../src/provide-workspace';
import { WorkspaceEventsService } from '../src/workspace-events.service';

const open: { client: { dispose(): void } }[] = [];
afterEach(() => {
  for (const w of open.splice(0)) w.client.dispose();
});

const cases = (list: DocumentedPayload[]) => list.map((p) => [p.id, p] as const);

/** A documented Workspace whose client TestBed provides (zoneless). */
function start(p: DocumentedPayload) {
  const w = documentedWorkspace(p);
  open.push(w);
  TestBed.configureTestingModule({
    providers: [provideZonelessChangeDetection(), provideWorkspace(w.client)],
  });
  return w;
}

describe('documented payloads (Angular services)', () => {
  it.each(cases(payloadsExpecting('caseSelection')))(
    '%s: InteractionsService.caseSelection and injectWorkspaceStore(stores.caseSelection) follow selectedCaseId',
    async (_id, p) => {
      const w = start(p);
      const service = TestBed.inject(InteractionsService);
      const direct = TestBed.runInInjectionContext(() =>
        injectWorkspaceStore(workspaceStores(w.client).caseSelection),
      );
      await settle();
      expect(service.caseSelection().status).toBe('ready');
      w.emit();
      await settle();
      expect(service.caseSelection()).toEqual({ status: 'ready', ...p.expect.caseSelection });
      expect(direct()).toEqual({ status: 'ready', ...p.expect.caseSelection });
    },
  );

  it.each(cases(payloadsExpecting('agentState')))(
    '%s: AgentStateService.state shows the documented state, never the previous operationName',
    async (_id, p) => {
      const w = start(p);
      const service = TestBed.inject(AgentStateService);
      await settle();
      expect(service.state()).toEqual(p.before!.agentState);
      const seen: unknown[] = [];
      const off = workspaceStores(w.client).agent.subscribe(() => seen.push(service.state()));
      w.emit();
      await settle();
      off();
      expect(service.state()).toEqual(p.expect.agentState);
      const previous = p.before!.agentState!;
      for (const s of seen as { state?: string; operationName?: string }[])
        if (s.state !== previous.state) expect(s.operationName).not.toBe(previous.operationName);
    },
  );

  it.each(cases(payloadsExpecting('interaction')))(
    '%s: InteractionsService.interaction(id) holds the event’s copy',
    async (_id, p) => {
      const w = start(p);
      const service = TestBed.inject(InteractionsService);
      // Released with the injector it is called in (here the test's).
      const one = TestBed.runInInjectionContext(() =>
        service.interaction(p.expect.interaction!.interactionId),
      );
      await settle();
      w.emit();
      await settle();
      expect(one().interaction).toEqual(p.expect.interaction);
      expect(service.interactions()).toEqual([p.expect.interaction]);
    },
  );

  it.each(cases(documented.payloads))('%s: events$ emits it untouched', async (_id, p) => {
    const w = start(p);
    const seen: unknown[] = [];
    const sub = TestBed.inject(WorkspaceEventsService)
      .events$(p.message.event as keyof EventMap)
      .subscribe((e) => seen.push(e));
    await settle();
    w.emit();
    await settle();
    sub.unsubscribe();
    expect(seen).toEqual([p.message.data]);
  });
});
