import { createWorkspaceClient, type WorkspaceClient, type WorkspaceClientOptions } from './client';
import { isWorkspaceError } from './errors';
import { fullReplyOptions } from './options';
import { requests, type Namespace } from './requests';

/**
 * A callback of the official client's style: called with the request's result (`done`) or with
 * Workspace's error message (`fail`).
 *
 * @example
 * const done: LegacyCallback = (state) => console.log(state);
 * genesys.wwe.service.agent.getState(done, (error) => console.warn(error));
 */
export type LegacyCallback = (result: unknown) => void;

/**
 * The `genesys.wwe.service` object of Genesys's official `wwe-service-client-api.js`, with the
 * same method names and callback signatures, backed by a wwe-kit client (so it checks origins,
 * allows many subscribers per topic and logs nothing by default).
 *
 * @example
 * const service = installLegacyService({ hostOrigin: 'https://wwe.example.com' });
 * service.agent.get((agent) => console.log(agent), (error) => console.warn(error));
 */
export interface LegacyService {
  sendMessage(
    message: { request: string; parameters?: unknown[] },
    done?: LegacyCallback,
    fail?: LegacyCallback,
  ): void;
  subscribe(
    topics: string | string[],
    handler: (message: { event: string; data: unknown }) => void,
    context?: unknown,
  ): void;
  /** Removes the handlers of `topics` (all topics when omitted), or every registration of a handler function. */
  unsubscribe(topicsOrHandler?: string | string[] | ((...args: unknown[]) => void)): void;
  /** Chooses the Workspace window explicitly (a CRM page that embeds Workspace in its own iframe). */
  targetWWEWindow(win: Window): void;
  /** Disposes the client: pending requests fail, subscriptions are withdrawn. */
  unload(): void;
  /** The wwe-kit client behind the service. */
  readonly client: WorkspaceClient;
  [namespace: string]: unknown;
}

/** The internal options that resolve with Workspace's whole reply, as the official callbacks get it. */
const FULL_REPLY = fullReplyOptions();

/**
 * What the official client passes to `fail` callbacks: the string `'Request timeout'`, or
 * Workspace's whole error message (less `referenceId`); for failures wwe-kit detects locally
 * (quarantine, not embedded, ...) an object of the same shape with its own `errorMessage`.
 */
function failValue(e: unknown): unknown {
  if (!isWorkspaceError(e)) return e;
  if (e.code === 'TIMEOUT') return 'Request timeout';
  return e.reply ?? { errorMessage: e.message, request: e.request, code: e.code };
}

/**
 * Creates the legacy `genesys.wwe.service` object and, in a browser, installs it on
 * `window.genesys.wwe.service`, so an existing integration switches to wwe-kit by changing one
 * script tag. `hostOrigin` is required: the official script's `'*'` is not reproduced.
 *
 * @example
 * <script src="wwe-kit.global.js" data-host-origin="https://wwe.example.com"></script>
 * <script>
 *   genesys.wwe.service.subscribe(['agent', 'interaction'], (message) => console.log(message.event));
 *   genesys.wwe.service.voice.dial('5001');
 * </script>
 */
export function installLegacyService(
  options: WorkspaceClientOptions,
  install = true,
): LegacyService {
  let clientOptions = options;
  let client = createWorkspaceClient(clientOptions);
  const registrations: {
    topic: string;
    handler: unknown;
    listen(): () => void;
    off: () => void;
  }[] = [];
  const send = (
    request: string,
    parameters: unknown[] | undefined,
    done?: LegacyCallback,
    fail?: LegacyCallback,
  ) => {
    // The official callbacks receive Workspace's whole reply (`result.data` is the value).
    client.requestUnknown(request, parameters, FULL_REPLY).then(
      (r) => done?.(r),
      (e) => fail?.(failValue(e)),
    );
  };
  const service: LegacyService = {
    get client() {
      return client;
    },
    sendMessage(message, done, fail) {
      send(message?.request, message?.parameters, done, fail);
    },
    subscribe(topics, handler, context) {
      for (const topic of Array.isArray(topics) ? topics : [topics]) {
        const listen = () =>
          client.on(topic as never, (data: unknown) =>
            handler.call(context, { event: topic, data }),
          );
        registrations.push({ topic, handler, listen, off: listen() });
      }
    },
    unsubscribe(which) {
      const topics = typeof which === 'string' ? [which] : Array.isArray(which) ? which : undefined;
      for (let i = registrations.length - 1; i >= 0; i--) {
        const r = registrations[i]!;
        if (which === undefined || r.handler === which || topics?.includes(r.topic)) {
          r.off();
          registrations.splice(i, 1);
        }
      }
    },
    targetWWEWindow(win) {
      client.dispose();
      clientOptions = { ...clientOptions, target: win };
      client = createWorkspaceClient(clientOptions);
      // The subscriptions carry over to the new window.
      for (const r of registrations) r.off = r.listen();
    },
    unload() {
      registrations.length = 0;
      client.dispose();
    },
  };
  for (const ns in requests) {
    const api: Record<string, (...args: unknown[]) => void> = {};
    for (const method in requests[ns as Namespace]) {
      api[method] = (...args) => {
        const firstFn = args.findIndex((a) => typeof a === 'function');
        const params = firstFn < 0 ? args : args.slice(0, firstFn);
        const [done, fail] = firstFn < 0 ? [] : (args.slice(firstFn) as LegacyCallback[]);
        send(`${ns}.${method}`, params, done, fail);
      };
    }
    service[ns] = api;
  }
  if (install && typeof window !== 'undefined') {
    const w = window as unknown as { genesys?: { wwe?: { service?: unknown } } };
    w.genesys ??= {};
    w.genesys.wwe ??= {};
    // A data property, whatever was there (the script build's placeholder is a getter).
    Object.defineProperty(w.genesys.wwe, 'service', {
      value: service,
      writable: true,
      configurable: true,
      enumerable: true,
    });
  }
  return service;
}
