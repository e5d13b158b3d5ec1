import type { FrameKind } from '../workspace/types';

/**
 * A frame (iframe, popup, or any peer) as the host knows it, for tests and inspectors.
 *
 * @example
 * const [frame] = host.frames();
 * console.log(frame?.frameId, frame?.origin, frame?.subscriptions);
 */
export interface FrameInfo {
  /** The id the host gave the frame (`frame-1`, `frame-2`...), sent to it with its first reply. */
  frameId: string;
  /** The frame's exact origin, as its messages carry it. */
  origin: string;
  /** How Workspace shows the frame. */
  kind: FrameKind;
  /** The frame's window, for frames that are windows (iframes and popups). */
  source?: Window;
  /** The frame's subscriptions, each with the topics it asked for. */
  subscriptions: { subscriptionId: string; topics: string[] }[];
}

/**
 * What `host.attachFrame()` takes: a peer that is not a window (e.g. the in-memory transport).
 *
 * @example
 * const peer: FramePeer = { origin: 'https://crm.example.com', post: (m) => memoryHost.post(m), kind: 'tab' };
 */
export interface FramePeer {
  /** The origin the host sees for the frame's messages (its filter and limits apply). */
  origin: string;
  /** Delivers one host message to the frame. */
  post(message: unknown): void;
  /** How Workspace shows the frame; default `'tab'`. */
  kind?: FrameKind;
  /** Whether the frame is visible now (`system.amIVisible`); default: from `kind`. */
  visible?: () => boolean;
}

/**
 * The handle `host.attachFrame()` returns.
 *
 * @example
 * const frame = host.attachFrame(peer);
 * memoryHost.onMessage((m) => frame.receive(m));
 * frame.detach();
 */
export interface AttachedFrame {
  /** The id the host gave the frame. */
  readonly frameId: string;
  /** Hands the host one message the frame posted. */
  receive(message: unknown): void;
  /** Forgets the frame and its subscriptions. */
  detach(): void;
}

/**
 * The host's record of a frame. Internal.
 *
 * @example
 * const record: FrameRecord = { frameId: 'frame-1', origin, kind: 'tab', post, subscriptions: new Map(), announced: false, isGone: () => false };
 */
export interface FrameRecord {
  frameId: string;
  origin: string;
  kind: FrameKind;
  /** The frame's window, for frames that are windows. */
  source?: Window;
  post(message: unknown): void;
  /** Whether the frame is visible now (an attached peer's `visible`). */
  visible?: (() => boolean) | undefined;
  /** subscriptionId → topics */
  subscriptions: Map<string, string[]>;
  announced: boolean;
  /** For window frames: the frame is gone (`source.closed`). */
  isGone(): boolean;
}

/**
 * A frame's public description. Internal.
 *
 * @example
 * describeFrame(record); // { frameId: 'frame-1', origin, kind: 'tab', subscriptions: [] }
 */
export function describeFrame(f: FrameRecord): FrameInfo {
  return {
    frameId: f.frameId,
    origin: f.origin,
    kind: f.kind,
    ...(f.source && { source: f.source }),
    subscriptions: [...f.subscriptions].map(([subscriptionId, topics]) => ({
      subscriptionId,
      topics: [...topics],
    })),
  };
}
