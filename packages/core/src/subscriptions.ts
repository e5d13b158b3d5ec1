import { WorkspaceError } from './errors';

type Handler = (data: unknown, topic: string) => void;

interface TopicEntry {
  handlers: Set<Handler>;
  /** `undefined` until the subscribe reply arrives. */
  subscriptionId: unknown;
  referenceId: string;
}

/** What the subscriptions of a client need from it. */
export interface SubscriptionDeps {
  /** Posts a subscribe or unsubscribe message (adding the envelope); throws when not embedded. */
  post(body: { event: string; data: unknown }, referenceId: string, label: string): void;
  nextId(): string;
  /** Receives exceptions thrown by handlers. */
  onError(error: unknown, topic: string): void;
  log?: ((message: string) => void) | undefined;
}

/**
 * The event topics of one client: any number of handlers per topic over one reference-counted
 * host subscription (subscribed with the first handler, withdrawn with the last), delivered in
 * registration order, and subscribed again when Workspace's window is reloaded.
 */
export function createSubscriptions(deps: SubscriptionDeps) {
  const topics = new Map<string, TopicEntry>();
  /** Reference id of a subscribe message → its topic, until its reply. */
  const refs = new Map<string, string>();

  /** Posts a subscribe or unsubscribe message; not embedded, there is nothing to (un)subscribe. */
  const post = (event: 'subscribe' | 'unsubscribe', data: unknown, topic: string, id: string) => {
    try {
      deps.post({ event, data }, id, `${event} ${topic}`);
    } catch {
      /* not embedded: requests report NOT_EMBEDDED; handlers simply never fire */
    }
  };
  const subscribe = (topic: string, entry: TopicEntry) => {
    refs.set(entry.referenceId, topic);
    post('subscribe', [topic], topic, entry.referenceId);
  };
  /** A subscription not confirmed yet is withdrawn when its reply arrives. */
  const unsubscribe = (topic: string, subscriptionId: unknown) =>
    subscriptionId !== undefined && post('unsubscribe', subscriptionId, topic, deps.nextId());
  const withdraw = (topic: string, entry: TopicEntry) => {
    topics.delete(topic);
    unsubscribe(topic, entry.subscriptionId);
  };

  return {
    topics,
    /** Adds a handler of `topic`; returns the function that removes it. */
    on(topic: string, handler: Handler): () => void {
      if (!topic || typeof topic !== 'string' || typeof handler !== 'function')
        throw new WorkspaceError('INVALID_ARGUMENT', 'on() takes a non-empty topic and a function');
      let entry = topics.get(topic);
      if (!entry) {
        entry = { handlers: new Set(), subscriptionId: undefined, referenceId: deps.nextId() };
        topics.set(topic, entry);
        subscribe(topic, entry);
      }
      // Wrap so the same function registered twice counts twice and unsubscribes once each.
      const own: Handler = (data, t) => handler(data, t);
      entry.handlers.add(own);
      return () => {
        const e = topics.get(topic);
        if (e?.handlers.delete(own) && !e.handlers.size) withdraw(topic, e);
      };
    },
    /** Delivers an event to the handlers of its topic; `false` when the topic has none. */
    deliver(topic: string, data: unknown): boolean {
      // A topic's entry goes with its last handler.
      const entry = topics.get(topic);
      if (!entry) return false;
      deps.log?.(`event ${topic}`);
      for (const h of entry.handlers) {
        try {
          h(data, topic);
        } catch (e) {
          try {
            deps.onError(e, topic);
          } catch {
            /* an error reporter that throws must not break delivery */
          }
        }
      }
      return true;
    },
    /**
     * Handles the reply to a subscribe message, if `referenceId` is one: records the subscription
     * id, or withdraws it when every handler left (or the client was disposed) before Workspace
     * confirmed. A refused subscription is forgotten; its topic's handlers simply never fire.
     */
    reply(referenceId: string, ok: boolean, subscriptionId: unknown): boolean {
      const topic = refs.get(referenceId);
      if (topic === undefined) return false;
      refs.delete(referenceId);
      if (ok) {
        const entry = topics.get(topic);
        if (entry && entry.referenceId === referenceId) entry.subscriptionId = subscriptionId;
        else unsubscribe(topic, subscriptionId);
      }
      return true;
    },
    /** Subscribes every topic again (Workspace's window was reloaded and knows nothing of us). */
    resubscribe(): void {
      for (const [topic, entry] of topics) {
        refs.delete(entry.referenceId);
        entry.referenceId = deps.nextId();
        entry.subscriptionId = undefined;
        subscribe(topic, entry);
      }
    },
    /** Withdraws every subscription; replies to subscriptions in flight are then ignored. */
    dispose(): void {
      for (const [topic, entry] of topics) withdraw(topic, entry);
      topics.clear();
      refs.clear();
    },
    /** Topics with a host subscription (or one being set up). */
    get size() {
      return topics.size;
    },
    /** Handlers registered with `on()`. */
    handlers(): number {
      let n = 0;
      for (const e of topics.values()) n += e.handlers.size;
      return n;
    },
  };
}
