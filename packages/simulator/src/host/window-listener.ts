import type { FrameKind } from '../workspace/types';
import type { FrameRecord } from './frames';

/**
 * Listens to `message` events on the host page's window and maps each sender, identified by
 * `event.source` and `event.origin`, to one frame record, replying with
 * `source.postMessage(reply, exactOrigin)`. Frames are created only for accepted origins
 * (`accept(origin)`), so refused pages leave no trace. Internal.
 *
 * @example
 * const stop = listenOnWindow(window, { accept, refuse, register, receive, kindOf: () => 'tab' });
 */
export function listenOnWindow(
  win: Window,
  deps: {
    accept(origin: string): boolean;
    refuse(origin: string, message: unknown): void;
    register(frame: Omit<FrameRecord, 'frameId'>): FrameRecord;
    receive(frame: FrameRecord, message: unknown): void;
    kindOf(source: Window, origin: string): FrameKind;
  },
): () => void {
  const bySource = new Map<Window, Map<string, FrameRecord>>();
  const listener = (e: MessageEvent) => {
    const source = e.source as Window | null;
    if (
      !source ||
      source === win ||
      typeof (source as { postMessage?: unknown }).postMessage !== 'function'
    )
      return;
    const origin = e.origin;
    let frame = bySource.get(source)?.get(origin);
    if (!frame) {
      if (!deps.accept(origin)) return deps.refuse(origin, e.data);
      frame = deps.register({
        origin,
        kind: deps.kindOf(source, origin),
        source,
        post: (m) => source.postMessage(m, origin),
        subscriptions: new Map(),
        announced: false,
        isGone: () => source.closed,
      });
      const perOrigin = bySource.get(source) ?? new Map<string, FrameRecord>();
      perOrigin.set(origin, frame);
      bySource.set(source, perOrigin);
    }
    deps.receive(frame, e.data);
  };
  win.addEventListener('message', listener);
  return () => {
    win.removeEventListener('message', listener);
    bySource.clear();
  };
}
