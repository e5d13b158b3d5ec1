/**
 * The behaviours every binding (React, Vue, Angular) promises, written once. Each binding's
 * adapter (`adapters/<framework>.ts`) mounts the same small views with that framework's own API;
 * `bindings.test.ts` runs this suite against each.
 */
import type { WorkspaceClient } from '@wwe-kit/core';
import { createTestWorkspace, type TestWorkspace } from '@wwe-kit/simulator';
import { afterEach, describe, expect, it } from 'vitest';

/** A mounted view: its text, how often it rendered, and how to flush and remove it. */
export interface Mounted {
  text(): string;
  renders(): number;
  /** Renders what is scheduled (after the client delivered every message). */
  flush(): Promise<void>;
  unmount(): Promise<void> | void;
}

/** What a binding's adapter mounts, each with that framework's own API. */
export interface BindingAdapter {
  name: string;
  /**
   * A view reading the interactions list (its length), interaction `id` (its state) and the case
   * selection (its case id), as `count/state/case`. `explicit`: the client is passed to each
   * hook/composable/inject function, and no provider is used.
   */
  mountView(client: WorkspaceClient, id: string, explicit: boolean): Promise<Mounted>;
  /** A view of the interaction ids, selected as a new array each time (shallowEqual keeps it). */
  mountIds(client: WorkspaceClient): Promise<Mounted>;
  /** A view of an action's state (`status:data`) whose `run()` calls `fn`. */
  mountAction(
    client: WorkspaceClient,
    fn: () => Promise<string>,
  ): Promise<Mounted & { run(): void }>;
  /** Renders the view of `mountView` on the server; resolves with the HTML. */
  serverRender(client: WorkspaceClient, id: string): Promise<string>;
  /** A module-global client the binding keeps, if it has such a thing. */
  globalClient?(): WorkspaceClient | undefined;
}

/** Lets the in-memory transport deliver everything queued. */
export const settle = async () => {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
};

export function bindingContract(adapter: BindingAdapter) {
  describe(`${adapter.name}: the bindings contract`, () => {
    const open: TestWorkspace[] = [];
    const mounted: Mounted[] = [];
    const workspace = () => {
      const t = createTestWorkspace();
      open.push(t);
      return t;
    };
    const mount = async <M extends Mounted>(m: Promise<M>) => {
      const v = await m;
      mounted.push(v);
      return v;
    };
    const until = async (v: Mounted, text: string) => {
      for (let i = 0; i < 50 && v.text() !== text; i++) {
        await settle();
        await v.flush();
      }
      expect(v.text()).toBe(text);
    };
    afterEach(async () => {
      for (const v of mounted.splice(0)) await v.unmount();
      for (const t of open.splice(0)) t.dispose();
    });

    it('renders the loading snapshot first, then the live state', async () => {
      const t = workspace();
      const id = t.workspace.simulateInboundCall({ ani: '5551234' });
      const v = await mount(adapter.mountView(t.client, id, false));
      expect(v.text()).toBe('0//');
      await until(v, '1/RINGING/');
    });

    it('renders at most once per notification batch: a case event, then the snapshot it asks for', async () => {
      const t = workspace();
      const id = t.workspace.simulateInboundCall({ ani: '5551234' });
      const v = await mount(adapter.mountView(t.client, id, false));
      await until(v, '1/RINGING/');
      const caseId = (await t.client.interaction.getByInteractionId(id))?.caseId;
      expect(caseId).toBeTruthy();
      await settle();
      await v.flush();
      const before = v.renders();
      // Documented CASE_SELECTED ({ selectedCaseId } only) changes the case selection at once; the
      // snapshot it asks for changes the list, that interaction (isCaseSelected) and the case's
      // expansion together: one batch, one render.
      await t.client.interaction.selectCaseByCaseId(caseId!);
      await t.settled();
      await settle();
      await v.flush();
      expect(v.text()).toBe(`1/RINGING/${caseId}`);
      // At most one render each (Angular's change detection may coalesce both into one).
      expect(v.renders() - before).toBeGreaterThanOrEqual(1);
      expect(v.renders() - before).toBeLessThanOrEqual(2);
    });

    it('a selection equal to the previous one (shallowEqual) does not render again', async () => {
      const t = workspace();
      const id = t.workspace.simulateInboundCall({ ani: '1' });
      const v = await mount(adapter.mountIds(t.client));
      await until(v, id);
      const before = v.renders();
      await t.client.voice.answer(id); // the interaction changes, its id does not
      await settle();
      await v.flush();
      expect(v.renders()).toBe(before);
      const other = t.workspace.simulateInboundCall({ ani: '2' });
      await until(v, `${id},${other}`);
      expect(v.renders()).toBe(before + 1);
    });

    it('an explicit client works without any provider', async () => {
      const t = workspace();
      const id = t.workspace.simulateInboundCall({ ani: '1' });
      const v = await mount(adapter.mountView(t.client, id, true));
      await until(v, '1/RINGING/');
    });

    it('unmounting removes every subscription and handler', async () => {
      const t = workspace();
      const id = t.workspace.simulateInboundCall({ ani: '1' });
      const before = t.client.stats();
      const v = await adapter.mountView(t.client, id, false);
      await until(v, '1/RINGING/');
      expect(t.client.stats().handlers).toBeGreaterThan(before.handlers);
      await v.unmount();
      await settle();
      expect(t.client.stats()).toMatchObject({
        handlers: before.handlers,
        subscriptions: before.subscriptions,
      });
    });

    it('an action goes idle → pending → success, with its data', async () => {
      const t = workspace();
      let resolve!: (v: string) => void;
      const v = await mount(
        adapter.mountAction(t.client, () => new Promise<string>((r) => (resolve = r))),
      );
      expect(v.text()).toBe('idle:');
      v.run();
      await until(v, 'pending:');
      resolve('done');
      await until(v, 'success:done');
    });
  });
}

/** The server-render behaviour, run in a Node environment (no `window`), as on a real server. */
export function serverContract(adapter: BindingAdapter) {
  describe(`${adapter.name}: server rendering`, () => {
    const open: TestWorkspace[] = [];
    const workspace = () => {
      const t = createTestWorkspace();
      open.push(t);
      return t;
    };
    afterEach(() => {
      for (const t of open.splice(0)) t.dispose();
    });

    it('a server render leaves no subscription, no handler and no global client', async () => {
      const t = workspace();
      const id = t.workspace.simulateInboundCall({ ani: '1' });
      const html = await adapter.serverRender(t.client, id);
      expect(html).toMatch(/\d+\/[A-Z]*\//);
      await settle();
      expect(t.client.stats()).toMatchObject({ handlers: 0, subscriptions: 0 });
      expect(adapter.globalClient?.()).toBeUndefined();
    });
  });
}
