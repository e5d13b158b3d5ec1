// @vitest-environment jsdom
import { createWorkspaceClient, type WorkspaceClient } from '@wwe-kit/core';
import { createMemoryTransport } from '@wwe-kit/core/testing';
import { WorkspaceProvider } from '@wwe-kit/react';
import { createWorkspacePlugin } from '@wwe-kit/vue';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, h } from 'vue';
import { createEnvironmentInjector, Injector, type EnvironmentInjector } from '@angular/core';
import { WORKSPACE_CLIENT } from '@wwe-kit/angular';
import { provideWorkspaceDevtools } from '../src/angular';
import { WorkspaceDevtools } from '../src/react';
import { createWorkspaceDevtoolsPlugin, WorkspaceDevtools as VueDevtools } from '../src/vue';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const mounted = () => document.querySelector('[data-wwe-kit-devtools]');
/** Waits for the panel's chunk (a dynamic import) to be fetched and mounted, or removed. */
async function until(present: boolean) {
  for (let i = 0; i < 200 && Boolean(mounted()) !== present; i++)
    await new Promise((r) => setTimeout(r, 10));
  return Boolean(mounted());
}
let client: WorkspaceClient;
afterEach(() => {
  client?.dispose();
  document.body.replaceChildren();
});
const newClient = () =>
  (client = createWorkspaceClient({ transport: createMemoryTransport().transport }));

describe('one line from each binding', () => {
  it('React: <WorkspaceDevtools always /> mounts the panel; unmounting removes it', async () => {
    newClient();
    const el = document.createElement('div');
    document.body.append(el);
    const root = createRoot(el);
    await act(async () =>
      root.render(
        <WorkspaceProvider client={client}>
          <WorkspaceDevtools always />
        </WorkspaceProvider>,
      ),
    );
    expect(await until(true)).toBe(true);
    await act(async () => root.unmount());
    expect(await until(false)).toBe(false);
  });

  it('React: without always, nothing is loaded', async () => {
    newClient();
    const el = document.createElement('div');
    document.body.append(el);
    const root = createRoot(el);
    await act(async () =>
      root.render(
        <WorkspaceProvider client={client}>
          <WorkspaceDevtools />
        </WorkspaceProvider>,
      ),
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(mounted()).toBeNull();
    await act(async () => root.unmount());
  });

  it('Vue: the plugin and the component', async () => {
    newClient();
    const el = document.createElement('div');
    document.body.append(el);
    const app = createApp({ render: () => h('p', 'app') })
      .use(createWorkspacePlugin(client))
      .use(createWorkspaceDevtoolsPlugin({ always: true }));
    app.mount(el);
    expect(await until(true)).toBe(true);
    app.unmount();
    expect(await until(false)).toBe(false);

    const other = createApp({ render: () => h(VueDevtools, { always: true }) }).use(
      createWorkspacePlugin(newClient()),
    );
    other.mount(el);
    expect(await until(true)).toBe(true);
    other.unmount();
    expect(await until(false)).toBe(false);
  });

  it('Angular: provideWorkspaceDevtools() with the client of provideWorkspace() (its token)', async () => {
    newClient();
    const root = createEnvironmentInjector([], Injector.NULL as EnvironmentInjector);
    const injector = createEnvironmentInjector(
      [{ provide: WORKSPACE_CLIENT, useValue: client }, provideWorkspaceDevtools({ always: true })],
      root,
    );
    expect(await until(true)).toBe(true);
    injector.destroy();
    expect(await until(false)).toBe(false);
  });
});
