import type { OutboundMessage } from './protocol';
import type { TransportStatus } from './window-transport';

/**
 * How a client reaches Workspace. Two ship with wwe-kit: {@link createWindowTransport}
 * (`postMessage` to the parent, opener or a chosen window, with origin and source checks) and
 * `createMemoryTransport` (for tests, from `@wwe-kit/core/testing`). A transport delivers only messages that come from
 * the host; the client validates their shape.
 *
 * @example
 * const transport: Transport = {
 *   post: (message) => port.postMessage(message),
 *   connect(receive) {
 *     port.onmessage = (e) => receive(e.data);
 *     return () => (port.onmessage = null);
 *   },
 * };
 */
export interface Transport {
  /** Sends one message to the host. Throws a `WorkspaceError` (`NOT_EMBEDDED`) when there is no host. */
  post(message: OutboundMessage): void;
  /**
   * Starts delivering host messages to `receive`; `reject` is told of each message the transport
   * refused (wrong origin or source) so the client can count it. Returns a function that stops.
   */
  connect(receive: (data: unknown) => void, reject: (reason: string) => void): () => void;
  /** What the transport knows of Workspace's window and origin (for diagnostics). */
  status?(): TransportStatus;
}
