// `@wwe-kit/workspace/playwright`: a Playwright Test fixture that runs the simulated Workspace
// around the app under test, one fresh desktop per test.
import type {
  Fixtures,
  FrameLocator,
  Page,
  PlaywrightTestArgs,
  PlaywrightTestOptions,
  PlaywrightWorkerArgs,
  PlaywrightWorkerOptions,
  TestType,
  WorkerInfo,
} from '@playwright/test';
import type {
  DesktopSnapshot,
  HostLogEntry,
  HostOutcome,
  SimulatedWorkspace,
  ToastRecord,
  WorkspaceHost,
  WorkspaceOptions,
} from '@wwe-kit/simulator';
import type { RecordedMessage, Recording } from '@wwe-kit/core/recording';
import type { ReplayDivergence, ReplayPosition } from '@wwe-kit/simulator';
import type { DisplayMode } from '../shared/config';
import type { SeedData } from '../shared/served';
import { startWorkspace, type RunningWorkspace } from './start-workspace';

/**
 * Options of {@link workspaceFixtures}: the app under test and the Workspace around it.
 *
 * @example
 * const options: WorkspaceFixtureOptions = { app: 'http://localhost:5173/', seed: { agent: { userName: 'ada' } } };
 */
export interface WorkspaceFixtureOptions {
  /** The app's URL, embedded as a Workspace-level view whose origin is accepted. */
  app?: string;
  /** How the app is shown. Default `'tab'`; `'popup'` makes `app` the popup window's `Page`. */
  mode?: DisplayMode;
  /** The app view's title. Default `'App'`. */
  label?: string;
  /** A Workspace INI file (its views and `service-client-api.*` options; `app` joins its views). */
  config?: string;
  /** Seed data, or a JSON/YAML file of it. */
  seed?: SeedData | string;
  /**
   * The Workspace page's port: your app's configured Workspace origin must be
   * `http://localhost:<port>`. Default 5170 (what `npx @wwe-kit/workspace` uses), plus the
   * worker's parallel index when tests run in several workers.
   */
  port?: number;
  /** Serve the page over HTTPS (see `startWorkspace`). */
  https?: boolean;
  /**
   * Replay this recording (a file, e.g. `'session.json'`, or the recording) instead of simulating
   * Workspace: drive it with `workspace.replay` (step, list the divergences). An invalid recording
   * fails with the validator's message.
   */
  replay?: string | Recording;
  /**
   * With `replay`: match the app's requests to the recorded ones by request name only, not by
   * parameters (a recording made with other data). Default `false`.
   */
  tolerant?: boolean;
  /**
   * With `replay`: fail the test when the app diverged from the recording (checked when the test
   * ends: recorded requests never sent included). Default `true`.
   */
  strict?: boolean;
}

/**
 * Drives the replay of `withWorkspace(base, { replay })`: every method runs in the Workspace page.
 * Wait for the app's UI state after a step (Playwright's `expect` does), then step again.
 *
 * @example
 * await workspace.replay.step(); // the recorded inbound call rings
 * await expect(app.getByText('RINGING')).toBeVisible();
 * expect(await workspace.replay.divergences()).toEqual([]);
 */
export interface ReplayDriver {
  /** Sends the next recorded event; resolves with it, or `undefined` at the end. */
  step(): Promise<RecordedMessage | undefined>;
  /**
   * Steps until an event matching `match` was sent (its topic, its `data.eventType`), or to the
   * end; resolves with the number of steps taken.
   */
  runUntil(match: { topic?: string; eventType?: string }): Promise<number>;
  /** Sends every remaining event. */
  runToEnd(): Promise<void>;
  /** Sends the events at their recorded times from where the replay is; `pause()` stops. */
  play(): Promise<void>;
  pause(): Promise<void>;
  position(): Promise<ReplayPosition>;
  /** The divergences so far. */
  divergences(): Promise<ReplayDivergence[]>;
  /** Ends the replay: recorded requests never sent become divergences; resolves with them all. */
  finish(): Promise<ReplayDivergence[]>;
}

/**
 * A filter of {@link WorkspaceDriver.messages}.
 *
 * @example
 * await workspace.messages({ request: 'voice.dial', direction: 'in' });
 */
export interface MessageFilter {
  request?: string;
  direction?: 'in' | 'out';
  type?: HostLogEntry['type'];
  outcome?: HostOutcome;
}

/**
 * The methods of the simulator's {@link SimulatedWorkspace} that the driver runs in the Workspace
 * page as they are: same names, same arguments, same results (resolved).
 *
 * @example
 * const name: ForwardedAction = 'simulateInboundCall';
 */
export type ForwardedAction =
  | 'simulateInboundCall'
  | 'simulateInboundChat'
  | 'simulateInboundEmail'
  | 'simulateInbound'
  | 'simulateChatMessage'
  | 'setAgentState'
  | 'setMediaState'
  | 'customerHangUp'
  | 'remoteAnswer'
  | 'dismissToast'
  | 'dismissDialog'
  | 'selectCase'
  | 'expandCase';

/**
 * A method of the simulator's {@link SimulatedWorkspace}, run in the Workspace page: the same
 * arguments (passed to the page, so plain data), its result as a promise.
 *
 * @example
 * const ring: InPage<SimulatedWorkspace['simulateInboundCall']> = workspace.simulateInboundCall;
 * const id: string = await ring({ ani: '5551234' });
 */
export type InPage<F> = F extends (...args: infer A) => infer R
  ? (...args: A) => Promise<R>
  : never;

/**
 * What an agent or a customer does in the simulated Workspace, as the simulator's own API declares
 * it ({@link SimulatedWorkspace}): `simulateInboundCall`, `simulateInboundChat`,
 * `simulateInboundEmail`, `simulateInbound`, `simulateChatMessage`, `setAgentState`,
 * `setMediaState`, `customerHangUp`, `remoteAnswer`, `dismissToast`, `dismissDialog`, `selectCase`,
 * `expandCase`, each run in the Workspace page.
 *
 * @example
 * const actions: WorkspaceActions = workspace;
 * await actions.simulateInboundEmail({ from: 'ada@example.com', subject: 'Invoice' });
 */
export type WorkspaceActions = {
  [K in ForwardedAction]: InPage<SimulatedWorkspace[K]>;
};

/**
 * Drives the simulated Workspace of one test (what an agent or a customer would do: the
 * {@link WorkspaceActions} of the simulator) and reads what happened. Every method runs in the
 * Workspace page.
 *
 * @example
 * const id = await workspace.simulateInboundCall({ ani: '5551234', userData: { Segment: 'Gold' } });
 * await workspace.customerHangUp(id);
 * expect(await workspace.messages({ request: 'voice.answer' })).toHaveLength(1);
 */
export interface WorkspaceDriver extends WorkspaceActions {
  /** The Workspace page. */
  page: Page;
  /** The Workspace page's URL. */
  url: string;
  /** The agent clicks a toast's button: by toast id, or the title of the newest toast with it. */
  clickToastButton(toast: string, buttonIndex?: number): Promise<void>;
  /** The open toasts. */
  toasts(): Promise<ToastRecord[]>;
  /** Sets Workspace options (e.g. `service-client-api.*`) over the current ones, from the next message. */
  setOptions(options: WorkspaceOptions): Promise<void>;
  /** The whole simulated desktop. */
  snapshot(): Promise<DesktopSnapshot>;
  /**
   * The message log (in: from the app; out: to it), oldest first, optionally filtered; with the
   * `replay` option, the messages between the app and the replay.
   */
  messages(filter?: MessageFilter): Promise<HostLogEntry[]>;
  /** The replay's controls, with the `replay` option; `undefined` without. */
  replay: ReplayDriver | undefined;
}

/**
 * The test-scoped fixtures: a fresh simulated Workspace page per test and the app in it.
 *
 * @example
 * test('…', async ({ workspace, app }) => { await workspace.simulateInboundCall(); await app.getByText('RINGING').waitFor(); });
 */
export interface WorkspaceTestFixtures {
  workspace: WorkspaceDriver;
  /** The embedded app: its frame's `FrameLocator`, or its window's `Page` in popup mode. */
  app: AppScope;
}

/**
 * Where the app's elements are found: what a `FrameLocator` (tab, background and hidden views)
 * and a `Page` (popup mode) have in common.
 *
 * @example
 * await app.getByRole('button', { name: 'Dial' }).click();
 */
export type AppScope = Pick<
  FrameLocator,
  | 'getByAltText'
  | 'getByLabel'
  | 'getByPlaceholder'
  | 'getByRole'
  | 'getByTestId'
  | 'getByText'
  | 'getByTitle'
  | 'locator'
  | 'frameLocator'
>;

/**
 * The worker-scoped fixture: the Workspace server, started once per worker.
 *
 * @example
 * test('…', async ({ workspaceServer }) => console.log(workspaceServer.url));
 */
export interface WorkspaceWorkerFixtures {
  workspaceServer: RunningWorkspace;
}

/**
 * What {@link workspaceFixtures} returns, for `test.extend(...)`.
 *
 * @example
 * const fixtures: WorkspaceFixtures = workspaceFixtures({ app: 'http://localhost:5173/' });
 */
export type WorkspaceFixtures = Fixtures<
  WorkspaceTestFixtures,
  WorkspaceWorkerFixtures,
  PlaywrightTestArgs & PlaywrightTestOptions,
  PlaywrightWorkerArgs & PlaywrightWorkerOptions
>;

/** `window.wwe` of the Workspace page (packages/workspace/src/page/main.ts). */
interface Wwe {
  wwe: {
    ready: Promise<unknown>;
    workspace: SimulatedWorkspace;
    host: WorkspaceHost;
    /** In replay mode: the messages between the app and the replay. */
    replayLog?: { log(): HostLogEntry[] };
    replay?: {
      step(): RecordedMessage | undefined;
      runUntil(predicate: (m: RecordedMessage) => boolean): number;
      runToEnd(): void;
      play(): void;
      pause(): void;
      position: ReplayPosition;
      divergences: readonly ReplayDivergence[];
      finish(): readonly ReplayDivergence[];
    };
  };
}

// Every ForwardedAction, once (the `satisfies` fails the build when one is missing).
const FORWARDED = Object.keys({
  simulateInboundCall: true,
  simulateInboundChat: true,
  simulateInboundEmail: true,
  simulateInbound: true,
  simulateChatMessage: true,
  setAgentState: true,
  setMediaState: true,
  customerHangUp: true,
  remoteAnswer: true,
  dismissToast: true,
  dismissDialog: true,
  selectCase: true,
  expandCase: true,
} satisfies Record<ForwardedAction, true>) as ForwardedAction[];

/** The actions, each a call of the same method of `wwe.workspace` in the page. */
function actions(page: Page): WorkspaceActions {
  return Object.fromEntries(
    FORWARDED.map((name) => [
      name,
      (...args: unknown[]) =>
        page.evaluate(
          ([name, args]) =>
            ((window as unknown as Wwe).wwe.workspace[name] as (...a: unknown[]) => unknown)(
              ...args,
            ),
          [name, args] as const,
        ),
    ]),
  ) as unknown as WorkspaceActions;
}

function replayDriver(page: Page): ReplayDriver {
  // Events sent before the app posted its first message would be lost: wait for it.
  const connected = () =>
    page.waitForSelector('body[data-replay-connected]', { state: 'attached' });
  return {
    step: async () => {
      await connected();
      return page.evaluate(() => (window as unknown as Wwe).wwe.replay?.step());
    },
    runUntil: async (match) => {
      await connected();
      return page.evaluate(
        (match) =>
          (window as unknown as Wwe).wwe.replay?.runUntil((m) => {
            const e = m.message as { event?: string; data?: { eventType?: string } };
            return (
              m.kind === 'event' &&
              (match.topic === undefined || e.event === match.topic) &&
              (match.eventType === undefined || e.data?.eventType === match.eventType)
            );
          }) ?? 0,
        match,
      );
    },
    runToEnd: async () => {
      await connected();
      await page.evaluate(() => (window as unknown as Wwe).wwe.replay?.runToEnd());
    },
    play: async () => {
      await connected();
      await page.evaluate(() => (window as unknown as Wwe).wwe.replay?.play());
    },
    pause: () => page.evaluate(() => (window as unknown as Wwe).wwe.replay?.pause()),
    position: () => page.evaluate(() => ({ ...(window as unknown as Wwe).wwe.replay!.position })),
    divergences: () =>
      page.evaluate(() => [...((window as unknown as Wwe).wwe.replay?.divergences ?? [])]),
    finish: () => page.evaluate(() => [...((window as unknown as Wwe).wwe.replay?.finish() ?? [])]),
  };
}

const popups = new WeakMap<Page, Promise<Page | undefined>>();

function driver(page: Page, url: string, replaying = false): WorkspaceDriver {
  // Functions given to page.evaluate run in the page: they name `window` themselves.
  return {
    ...actions(page),
    page,
    url,
    replay: replaying ? replayDriver(page) : undefined,
    clickToastButton: (toast, index = 0) =>
      page.evaluate(
        ([toast, index]) => {
          const { toasts } = (window as unknown as Wwe).wwe.workspace.getSnapshot();
          const found =
            toasts.find((t) => t.id === toast) ??
            [...toasts].reverse().find((t) => t.params.title === toast);
          if (!found) throw new Error(`No open toast "${toast}"`);
          (window as unknown as Wwe).wwe.workspace.clickToastButton(found.id, index);
        },
        [toast, index] as const,
      ),
    toasts: () =>
      page.evaluate(() => (window as unknown as Wwe).wwe.workspace.getSnapshot().toasts),
    setOptions: (options) =>
      page.evaluate((options) => {
        const host = (window as unknown as Wwe).wwe.host;
        host.setOptions({ ...host.getOptions(), ...options });
      }, options),
    snapshot: () => page.evaluate(() => (window as unknown as Wwe).wwe.workspace.getSnapshot()),
    messages: (filter = {}) =>
      page.evaluate(
        (f) =>
          ((window as unknown as Wwe).wwe.replayLog ?? (window as unknown as Wwe).wwe.host)
            .log()
            .filter(
              (e) =>
                (f.request === undefined || e.request === f.request) &&
                (f.direction === undefined || e.direction === f.direction) &&
                (f.type === undefined || e.type === f.type) &&
                (f.outcome === undefined || e.outcome === f.outcome),
            ),
        filter,
      ),
  };
}

/**
 * Playwright Test fixtures that put the app under test inside a simulated Genesys Workspace: the
 * `wwe-workspace` server starts once per worker, and each test gets a fresh agent desktop
 * (`workspace`, the driver) with the app embedded cross-origin (`app`). Needs `@playwright/test`.
 *
 * @example
 * // e2e/fixtures.ts: to combine with fixtures of your own (or use `withWorkspace`)
 * import { test as base } from '@playwright/test';
 * import {
 *   workspaceFixtures,
 *   type WorkspaceTestFixtures,
 *   type WorkspaceWorkerFixtures,
 * } from '@wwe-kit/workspace/playwright';
 *
 * export const test = base.extend<WorkspaceTestFixtures, WorkspaceWorkerFixtures>(
 *   workspaceFixtures({ app: 'http://localhost:5173/' }),
 * );
 */
export function workspaceFixtures(options: WorkspaceFixtureOptions): WorkspaceFixtures {
  if (!options.app && !options.config)
    throw new TypeError('workspaceFixtures: give the app (its URL) or a config file');
  const label = options.label ?? 'App';
  return {
    workspaceServer: [
      // Playwright reads the fixtures a fixture uses from this destructuring: it must be there.
      // eslint-disable-next-line no-empty-pattern
      async ({}, use: (r: RunningWorkspace) => Promise<void>, workerInfo: WorkerInfo) => {
        const server = await startWorkspace({
          ...(options.app
            ? { apps: [{ url: options.app, mode: options.mode ?? 'tab', label }] }
            : {}),
          ...(options.config ? { config: options.config } : {}),
          ...(options.seed ? { seed: options.seed } : {}),
          ...(options.replay
            ? { replay: options.replay, tolerant: options.tolerant ?? false }
            : {}),
          port: (options.port ?? 5170) + workerInfo.parallelIndex,
          strictPort: true,
          https: options.https ?? false,
          watch: false,
          logger: { info() {}, warn: console.warn, error: console.error },
        });
        await use(server);
        await server.close();
      },
      { scope: 'worker' },
    ],
    workspace: async (
      { page, workspaceServer }: { page: Page; workspaceServer: RunningWorkspace },
      use: (d: WorkspaceDriver) => Promise<void>,
    ) => {
      // A popup view opens while the page loads: listen before it does.
      if (options.mode === 'popup')
        popups.set(
          page,
          page.waitForEvent('popup', { timeout: 5000 }).catch(() => undefined),
        );
      await page.goto(workspaceServer.url);
      await page.waitForFunction(
        () => document.body.dataset.ready !== undefined && document.body.dataset.ready !== 'false',
      );
      const state = await page.evaluate(() => document.body.dataset.ready);
      if (state !== 'true')
        throw new Error(
          `The Workspace page did not start: ${await page.locator('body').innerText()}`,
        );
      const d = driver(page, workspaceServer.url, options.replay !== undefined);
      await use(d);
      if (d.replay && (options.strict ?? true)) {
        const divergences = await d.replay.finish();
        if (divergences.length)
          throw new Error(
            `The app diverged from the recording (${divergences.length}):\n` +
              divergences.map((x) => `  - ${x.message}`).join('\n'),
          );
      }
    },
    app: async (
      { workspace }: { workspace: WorkspaceDriver },
      use: (app: AppScope) => Promise<void>,
    ) => {
      const { page } = workspace;
      if (options.mode === 'popup') {
        // Opened at start when the browser allows it, else with the view's Open button.
        const popup =
          (await popups.get(page)) ??
          (await Promise.all([
            page.waitForEvent('popup'),
            page.getByRole('button', { name: `Open ${label}` }).click(),
          ]).then(([p]) => p));
        if (!popup) throw new Error(`The popup view ${label} did not open`);
        await popup.waitForLoadState();
        await use(popup);
        return;
      }
      await use(page.frameLocator(`iframe[title="${label}"]`));
    },
  };
}

/**
 * `base` extended with {@link workspaceFixtures}: the `test` to import in your specs, typed with
 * the `workspace` and `app` fixtures (and whatever `base` already had).
 *
 * @example
 * // e2e/fixtures.ts
 * import { test as base } from '@playwright/test';
 * import { withWorkspace } from '@wwe-kit/workspace/playwright';
 *
 * export const test = withWorkspace(base, { app: 'http://localhost:5173/' });
 * export { expect } from '@playwright/test';
 */
export function withWorkspace<
  T extends PlaywrightTestArgs & PlaywrightTestOptions,
  W extends PlaywrightWorkerArgs & PlaywrightWorkerOptions,
>(
  base: TestType<T, W>,
  options: WorkspaceFixtureOptions,
): TestType<T & WorkspaceTestFixtures, W & WorkspaceWorkerFixtures> {
  return base.extend<WorkspaceTestFixtures, WorkspaceWorkerFixtures>(
    workspaceFixtures(options) as Fixtures<WorkspaceTestFixtures, WorkspaceWorkerFixtures, T, W>,
  );
}
