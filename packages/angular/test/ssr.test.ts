/**
 * Server rendering under `@angular/platform-server`: after `renderApplication` of an app using
 * every service, the client holds no subscription and no event handler.
 */
import {
  ChangeDetectionStrategy,
  Component,
  inject,
  provideZonelessChangeDetection,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { bootstrapApplication, type BootstrapContext } from '@angular/platform-browser';
import { provideServerRendering, renderApplication } from '@angular/platform-server';
import { createTestWorkspace, type TestWorkspace } from '@wwe-kit/simulator';
import { afterEach, expect, it } from 'vitest';
import {
  AgentStateService,
  InteractionsService,
  MediaService,
  WorkspaceConnectionService,
  WorkspaceEventsService,
  injectAgentState,
  injectCan,
  injectInteraction,
  injectInteractions,
  injectWorkspaceEvent,
  provideWorkspace,
} from '../src/index';

const open: TestWorkspace[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.dispose();
});

@Component({
  selector: 'app-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p>
    {{ agent.status() }} {{ interactions.snapshot().status }} {{ one().status }}
    {{ media.media().status }} {{ connection.state().status }} {{ can() }} {{ event()?.eventType }}
    | {{ followed() }} {{ count() }} {{ state() }} {{ canHold() }}
  </p>`,
})
class Everything {
  readonly agent = inject(AgentStateService);
  readonly interactions = inject(InteractionsService);
  readonly one = this.interactions.interaction('1');
  readonly media = inject(MediaService);
  readonly connection = inject(WorkspaceConnectionService);
  readonly can = this.connection.can('voice.dial');
  readonly event = toSignal(inject(WorkspaceEventsService).events$('interaction'));
  // The inject* forms, a followed id among them.
  readonly id = signal('1');
  readonly followed = injectInteraction(this.id, (s) => s.status);
  readonly count = injectInteractions((s) => s.interactions.length);
  readonly state = injectAgentState((s) => s.status);
  readonly canHold = injectCan('voice.hold');
  constructor() {
    injectWorkspaceEvent('agent', () => {});
  }
}

it('a server render leaves no subscription and no handler on the client', async () => {
  const t = createTestWorkspace();
  open.push(t);
  const bootstrap = (context: BootstrapContext) =>
    bootstrapApplication(
      Everything,
      {
        providers: [
          provideServerRendering(),
          provideZonelessChangeDetection(),
          provideWorkspace(t.client),
        ],
      },
      context,
    );
  const html = await renderApplication(bootstrap, {
    document: '<html><head></head><body><app-root></app-root></body></html>',
    url: 'http://localhost/',
    allowedHosts: ['localhost'],
  });
  // (The simulated Workspace answers in memory, before the render is serialized.)
  expect(html.replace(/\s+/g, ' ')).toContain('<p> ready ready ready ready connected true | ready 0 ready true </p>');
  expect(t.client.stats()).toMatchObject({ subscriptions: 0, handlers: 0 });
});
