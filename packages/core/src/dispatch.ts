import type { createPendingRequests } from './pending';
import { requestError } from './pending';
import { classifyInbound, has } from './protocol';
import type { createQuarantine } from './quarantine';
import type { createSubscriptions } from './subscriptions';

/** Where the dispatcher sends what it received. */
export interface DispatchDeps {
  /** Inbound messages holding more values than this are refused as unsafe. */
  maxNodes: number | undefined;
  /** Counts (and logs) a refused message. */
  drop(reason: string): void;
  /** Workspace answered (any valid message). */
  heard(): void;
  /** Events and subscribe replies go to the topics. */
  subscriptions: Pick<ReturnType<typeof createSubscriptions>, 'deliver' | 'reply'>;
  /** Replies and error replies settle pending requests. */
  pending: Pick<ReturnType<typeof createPendingRequests>, 'settle'>;
  /** Error replies may be rate limits. */
  quarantine: Pick<ReturnType<typeof createQuarantine>, 'hostError'>;
  /** Workspace assigned this frame an id. */
  frameId(id: string | number): void;
  /** A legacy `"wwe..."` string message. */
  legacy(text: string): void;
  log?: ((message: string) => void) | undefined;
}

/**
 * The inbound side of a client: classifies each message Workspace sent (shape and safety, once,
 * at the edge) and routes it to its pending request, its topic's handlers, the frame id or the
 * legacy hook. Anything that matches nothing is counted as dropped, never thrown.
 */
export function createDispatch(deps: DispatchDeps): (raw: unknown) => void {
  const { drop, log, subscriptions, pending } = deps;
  return (raw) => {
    const m = classifyInbound(raw, deps.maxNodes);
    if (typeof m === 'string') {
      drop(m);
      // A reply to a pending request refused as unsafe (from Workspace: the transport let only
      // its messages through) fails that request now, never with its data, rather than by
      // timeout. Its `referenceId` is read without running a getter.
      const p =
        m === 'unsafe payload' &&
        !has(raw as object, 'event') &&
        pending.settle(Object.getOwnPropertyDescriptor(raw, 'referenceId')?.value);
      if (p) p.reject(requestError('BAD_REPLY', p.name, 'got an unsafe reply, refused'));
      return;
    }
    deps.heard();
    switch (m.kind) {
      case 'event':
        if (!subscriptions.deliver(m.topic, m.data)) drop('unsubscribed topic');
        return;
      case 'reply':
      case 'error': {
        const ref = m.referenceId;
        const ok = m.kind === 'reply';
        if (subscriptions.reply(ref, ok, ok ? m.subscriptionId : undefined)) return;
        const p = pending.settle(ref);
        if (!p) return drop('unmatched referenceId');
        log?.(`← ${p.name} #${ref} ${ok ? 'ok' : 'failed'}`);
        if (p.full) {
          const { referenceId: _, ...reply } = raw as Record<string, unknown>;
          return ok
            ? p.resolve(reply)
            : p.reject(deps.quarantine.hostError(p.name, m.errorMessage, reply));
        }
        return ok ? p.resolve(m.data) : p.reject(deps.quarantine.hostError(p.name, m.errorMessage));
      }
      case 'frameId':
        deps.frameId(m.frameId as string | number);
        return;
      case 'legacy':
        deps.legacy(m.text);
        return;
    }
  };
}
