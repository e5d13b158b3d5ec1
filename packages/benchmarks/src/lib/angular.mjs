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
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { createApplication } from '@angular/platform-browser';
import {
  AgentStateService,
  InteractionsService,
  MediaService,
  WorkspaceConnectionService,
  WorkspaceEventsService,
  injectWorkspaceAction,
  injectWorkspaceStore,
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
    '<p>{{ agent.status() }}/{{ one().interaction?.state }}/{{ action.data() ? "done" : "pending" }}</p>' +
    '<span>{{ agent.state()?.displayName }} {{ reason() }} {{ oneState() }}' +
    ' {{ interactions.interactions().length }} {{ interactions.caseSelection().status }}' +
    ' {{ media.media().status }} {{ mediaStatus() }} {{ connection.state().status }}</span>',
})(
  class Everything {
    client = inject(WORKSPACE_CLIENT);
    stores = workspaceStores(this.client);
    agent = inject(AgentStateService);
    interactions = inject(InteractionsService);
    media = inject(MediaService);
    connection = inject(WorkspaceConnectionService);
    events = inject(WorkspaceEventsService);
    injector = inject(Injector);
    reason = injectWorkspaceStore(this.stores.agent, (s) => s.state?.reason);
    mediaStatus = injectWorkspaceStore(this.stores.media, (s) => s.status);
    action = injectWorkspaceAction(() => this.client.agent.getState());
    id = '';
    one = signal({ interaction: undefined });
    oneState = signal(undefined);
    constructor() {
      this.events.events$('system').pipe(takeUntilDestroyed()).subscribe(noop);
      toObservable(this.agent.state).pipe(takeUntilDestroyed()).subscribe(noop);
    }
    ngOnInit() {
      this.one = this.interactions.interaction(this.id, { injector: this.injector });
      this.oneState = injectWorkspaceStore(
        this.stores.interaction(this.id),
        (s) => s.interaction?.state,
        { injector: this.injector },
      );
      void this.action.run();
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
