import type { OutboundMessage } from './protocol';
import type { Transport } from './transport';

/**
 * The host end of an in-memory channel: what a test (or `@wwe-kit/simulator`) uses to play
 * Workspace.
 *
 * @example
 * const { transport, host } = createMemoryTransport();
 * host.onMessage((m: any) => host.post({ referenceId: m.referenceId, data: 'ok', userAgent: 'WWE Server', protocolVersion: 2 }));
 */
export interface MemoryHost {
  /** The origin this client appears to have, as the host sees it. */
  readonly clientOrigin: string;
  /** Delivers a message to the client, asynchronously, as `postMessage` would. */
  post(message: unknown): void;
  /** Listens to what the client posts; returns an unsubscribe function. */
  onMessage(listener: (message: OutboundMessage) => void): () => void;
  /** How many client listeners are attached (0 after the client is disposed). */
  readonly connections: number;
}

/**
 * Options of {@link createMemoryTransport}.
 *
 * @example
 * createMemoryTransport({ clientOrigin: 'https://crm.example.com', clone: false });
 */
export interface MemoryTransportOptions {
  /** Default `"http://localhost"`. */
  clientOrigin?: string;
  /** Copy messages with `structuredClone` as `postMessage` does. Default `true`. */
  clone?: boolean;
}

/**
 * An in-memory transport for tests: a client transport and the host end it talks to.
 * Messages are delivered in order on the microtask queue and copied as `postMessage` copies them.
 *
 * @example
 * import { createMemoryTransport } from '@wwe-kit/core/testing';
 *
 * const { transport, host } = createMemoryTransport();
 * const client = createWorkspaceClient({ transport });
 */
export function createMemoryTransport(options: MemoryTransportOptions = {}): {
  transport: Transport;
  host: MemoryHost;
} {
  const copy = options.clone === false ? <T>(v: T) => v : <T>(v: T) => structuredClone(v);
  const toHost = new Set<(m: OutboundMessage) => void>();
  const toClient = new Set<(m: unknown) => void>();
  const transport: Transport = {
    post(message) {
      const m = copy(message);
      queueMicrotask(() => toHost.forEach((l) => l(m)));
    },
    connect(receive) {
      toClient.add(receive);
      return () => toClient.delete(receive);
    },
  };
  const host: MemoryHost = {
    clientOrigin: options.clientOrigin ?? 'http://localhost',
    post(message) {
      const m = copy(message);
      queueMicrotask(() => toClient.forEach((l) => l(m)));
    },
    onMessage(listener) {
      toHost.add(listener);
      return () => toHost.delete(listener);
    },
    get connections() {
      return toClient.size;
    },
  };
  return { transport, host };
}
