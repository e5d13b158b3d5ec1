import { ChangeDetectionStrategy, Component, inject, type Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { describe, expect, it } from 'vitest';
import { AgentStateService } from '../src/agent-state.service';
import { InteractionsService } from '../src/interactions.service';
import { settle, setup } from './helpers';

const renders: Record<string, number> = {};
const count = (name: string) => {
  renders[name] = (renders[name] ?? 0) + 1;
  return '';
};

/** An OnPush component bound to one interaction only; its template counts its evaluations. */
function interactionView(name: string, id: () => string): Type<unknown> {
  @Component({
    selector: `app-${name}`,
    changeDetection: ChangeDetectionStrategy.OnPush,
    template: `{{ rendered() }}{{ snap().interaction?.state }}`,
  })
  class InteractionView {
    readonly snap = inject(InteractionsService).interaction(id());
    rendered = () => count(name);
  }
  return InteractionView;
}

@Component({
  selector: 'app-agent',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `{{ rendered() }}{{ agent.state()?.displayName }}`,
})
class AgentView {
  readonly agent = inject(AgentStateService);
  rendered = () => count('agent');
}

describe('change detection', () => {
  it('an event on interaction A refreshes only the components bound to A', async () => {
    const t = setup();
    const a = t.workspace.simulateInboundCall({ ani: '111' });
    const b = t.workspace.simulateInboundCall({ ani: '222' });
    const ViewA = interactionView('a', () => a);
    const ViewB = interactionView('b', () => b);

    @Component({
      selector: 'app-root',
      changeDetection: ChangeDetectionStrategy.OnPush,
      imports: [ViewA, ViewB, AgentView],
      template: `<app-a /><app-b /><app-agent />`,
    })
    class Root {}

    const fixture = TestBed.createComponent(Root);
    await settle();
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toContain('RINGING');
    expect(Object.keys(renders).sort()).toEqual(['a', 'agent', 'b']);
    for (const k of Object.keys(renders)) delete renders[k];

    t.workspace.customerHangUp(a);
    await settle();
    await fixture.whenStable();

    expect(fixture.nativeElement.querySelector('app-a').textContent).not.toBe('RINGING');
    expect(fixture.nativeElement.querySelector('app-b').textContent).toBe('RINGING');
    expect(renders).toEqual({ a: 1 });
  });
});
