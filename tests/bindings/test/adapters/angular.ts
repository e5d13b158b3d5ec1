// The Angular adapter of the bindings contract: JIT components (decorators applied as plain
// functions), zoneless, mounted with createApplication + createComponent as an app would be.
import '@angular/compiler';
import {
  ChangeDetectionStrategy,
  Component,
  createComponent,
  provideZonelessChangeDetection,
  type ApplicationRef,
  type Type,
} from '@angular/core';
import { createApplication } from '@angular/platform-browser';
import {
  injectInteraction,
  injectInteractions,
  injectSelectedCase,
  injectWorkspaceAction,
  provideWorkspace,
  type WorkspaceClient,
} from '@wwe-kit/angular';
import type { BindingAdapter, Mounted } from '../contract';

let renders = 0;
let explicitClient: WorkspaceClient | undefined;
let actionFn: () => Promise<string> = async () => '';

const rendered = () => {
  renders++;
  return '';
};

const View = Component({
  selector: 'contract-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  inputs: ['id'],
  template: '{{ rendered() }}<p>{{ count() }}/{{ state() }}/{{ selected().caseId ?? "" }}</p>',
})(
  class View {
    id = '';
    readonly rendered = rendered;
    private readonly options = explicitClient ? { client: explicitClient } : undefined;
    readonly count = injectInteractions((s) => s.interactions.length, this.options);
    readonly state = injectInteraction(
      () => this.id,
      (s) => s.interaction?.state ?? '',
      this.options,
    );
    readonly selected = injectSelectedCase(this.options);
  },
);

const Ids = Component({
  selector: 'contract-ids',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '{{ rendered() }}<p>{{ ids().join(",") }}</p>',
})(
  class Ids {
    readonly rendered = rendered;
    readonly ids = injectInteractions((s) => s.interactions.map((i) => i.interactionId));
  },
);

const Action = Component({
  selector: 'contract-action',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<p>{{ action.status() }}:{{ action.data() ?? "" }}</p>',
})(
  class Action {
    readonly action = injectWorkspaceAction(() => actionFn());
  },
);

async function mount(
  root: Type<unknown>,
  client: WorkspaceClient | undefined,
  inputs: Record<string, unknown> = {},
): Promise<Mounted & { instance: any }> {
  renders = 0;
  const appRef: ApplicationRef = await createApplication({
    providers: [provideZonelessChangeDetection(), ...(client ? provideWorkspace(client) : [])],
  });
  const container = document.createElement('div');
  document.body.append(container);
  const ref = createComponent(root, {
    environmentInjector: appRef.injector,
    hostElement: container,
  });
  for (const [k, v] of Object.entries(inputs)) ref.setInput(k, v);
  appRef.attachView(ref.hostView);
  appRef.tick();
  return {
    instance: ref.instance,
    text: () => container.textContent ?? '',
    renders: () => renders,
    flush: async () => appRef.tick(),
    unmount() {
      ref.destroy();
      appRef.destroy();
      container.remove();
    },
  };
}

export const angular: BindingAdapter = {
  name: 'Angular',
  async mountView(client, id, explicit) {
    explicitClient = explicit ? client : undefined;
    try {
      return await mount(View, explicit ? undefined : client, { id });
    } finally {
      explicitClient = undefined;
    }
  },
  mountIds: (client) => mount(Ids, client),
  async mountAction(_client, fn) {
    actionFn = fn;
    const m = await mount(Action, undefined);
    return { ...m, run: () => void (m.instance as { action: { run(): unknown } }).action.run() };
  },
  async serverRender(client, id) {
    const { bootstrapApplication } = await import('@angular/platform-browser');
    const { provideServerRendering, renderApplication } = await import('@angular/platform-server');
    const Root = Component({
      selector: 'app-root',
      imports: [View],
      template: '<contract-view [id]="id" />',
    })(
      class Root {
        id = id;
      },
    );
    return renderApplication(
      (context) =>
        bootstrapApplication(
          Root,
          {
            providers: [
              provideServerRendering(),
              provideZonelessChangeDetection(),
              provideWorkspace(client),
            ],
          },
          context,
        ),
      {
        document: '<html><head></head><body><app-root></app-root></body></html>',
        url: 'http://localhost/',
        allowedHosts: ['localhost'],
      },
    );
  },
};
