// The Angular trees of the rendering and memory benchmarks (import after installDom()). The
// components go through Angular's JIT compiler (`@angular/compiler`, decorators applied as plain
// functions: no build step) and run zoneless, as packages/angular's own tests do; they are mounted
// with `createApplication` + `createComponent`, as an app would be, not through TestBed.
import '@angular/compiler';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  createComponent,
  inject,
  provideZonelessChangeDetection,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { createApplication } from '@angular/platform-browser';
import {
  AgentStateService,
  InteractionsService,
  MediaService,
  WorkspaceEventsService,
  WorkspaceRequests,
  injectStoreBridge,
  injectTrackRequest,
  provideWorkspace,
  workspaceStores,
  WORKSPACE_CLIENT,
} from '@wwe-kit/angular';
import { describe } from './row.mjs';

export const name = 'Angular 21 (@wwe-kit/angular, zoneless)';

let rendered = () => {};

const Row = Component({
  selector: 'bench-row',
  changeDetection: ChangeDetectionStrategy.OnPush,
  inputs: ['id', 'index'],
  template: '<li>{{ view() }}</li>',
})(
  class Row {
    service = inject(InteractionsService);
    injector = inject(Injector);
    id = '';
    index = 0;
    snap = signal({ interaction: undefined });
    ngOnInit() {
      this.snap = this.service.interaction(this.id, { injector: this.injector });
    }
    view() {
      rendered(this.index);
      return describe(this.snap().interaction);
    }
  },
);

const List = Component({
  selector: 'bench-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Row],
  template:
    '<ul>@for (id of ids; track id; let i = $index) { <bench-row [id]="id" [index]="i" /> }</ul>',
})(
  class List {
    ids = [];
  },
);

/** Mounts one OnPush `Row` per id in a new zoneless application providing `client`. */
export async function mountRows(client, ids, onRender) {
  rendered = onRender;
  const appRef = await createApplication({
    providers: [provideZonelessChangeDetection(), provideWorkspace(client)],
  });
  const container = document.createElement('div');
  document.body.append(container);
  const ref = createComponent(List, {
    environmentInjector: appRef.injector,
    hostElement: container,
  });
  ref.instance.ids = ids;
  appRef.attachView(ref.hostView);
  appRef.tick();
  return {
    container,
    flush: () => appRef.tick(),
    unmount() {
      ref.destroy();
      appRef.destroy();
      container.remove();
    },
  };
}

const noop = () => {};
let currentClient;

/**
 * A component using every service of @wwe-kit/angular, with `provideWorkspace` in its own
 * `providers`: its services (and their subscriptions) live and die with it.
 */
const Everything = Component({
  selector: 'bench-everything',
  changeDetection: ChangeDetectionStrategy.OnPush,
  inputs: ['id'],
  providers: [provideWorkspace(() => currentClient)],
  template:
    '<p>{{ agent.status() }}/{{ one().interaction?.state }}/{{ done() ? "done" : "pending" }}</p>' +
    '<span>{{ agent.state()?.displayName }} {{ agentSnapshot()?.status }} {{ oneState()?.status }}' +
    ' {{ interactions.interactions().length }} {{ interactions.caseSelection().status }}' +
    ' {{ media.media().status }} {{ mediaSnapshot()?.status }} {{ list()?.length }}</span>',
})(
  class Everything {
    client = inject(WORKSPACE_CLIENT);
    agent = inject(AgentStateService);
    interactions = inject(InteractionsService);
    media = inject(MediaService);
    events = inject(WorkspaceEventsService);
    requests = inject(WorkspaceRequests);
    injector = inject(Injector);
    bridge = injectStoreBridge();
    track = injectTrackRequest();
    agentSnapshot = toSignal(this.agent.snapshot$);
    list = toSignal(this.interactions.interactions$);
    mediaSnapshot = toSignal(this.media.media$);
    caseSelection = this.bridge.signal(workspaceStores(this.client).caseSelection);
    done = signal(false);
    id = '';
    one = signal({ interaction: undefined });
    oneState = signal(undefined);
    constructor() {
      this.events.events$('system').pipe(takeUntilDestroyed()).subscribe(noop);
      this.interactions.caseSelection$.pipe(takeUntilDestroyed()).subscribe(noop);
      this.agent.state$.pipe(takeUntilDestroyed()).subscribe(noop);
    }
    ngOnInit() {
      this.one = this.interactions.interaction(this.id, { injector: this.injector });
      this.oneState = toSignal(this.interactions.interaction$(this.id), {
        injector: this.injector,
      });
      void this.track(() => this.requests.request('agent.getState')).then(() =>
        this.done.set(true),
      );
    }
  },
);

let shared;

/** Mounts `Everything` in a shared zoneless application; `unmount()` destroys the component. */
export async function mountEverything(client, id) {
  shared ??= await createApplication({ providers: [provideZonelessChangeDetection()] });
  const appRef = shared;
  currentClient = client;
  const container = document.createElement('div');
  document.body.append(container);
  const ref = createComponent(Everything, {
    environmentInjector: appRef.injector,
    hostElement: container,
  });
  ref.setInput('id', id);
  appRef.attachView(ref.hostView);
  appRef.tick();
  return {
    container,
    flush: () => appRef.tick(),
    unmount() {
      ref.destroy();
      container.remove();
    },
  };
}
