// An app embedded in Workspace, using @wwe-kit/core through the real postMessage transport.
import { createWorkspaceClient, isWorkspaceError } from '@wwe-kit/core';

const hostOrigin = new URLSearchParams(location.search).get('host')!;
const client = createWorkspaceClient({ hostOrigin, timeoutMs: 300 });
const events: unknown[] = [];
client.on('interaction', (e) => events.push(e));

(window as any).app = {
  events,
  async call(name: string, params?: unknown[]) {
    try {
      return { ok: true, data: await client.requestUnknown(name, params) };
    } catch (e) {
      return isWorkspaceError(e)
        ? { ok: false, code: e.code, hostMessage: e.hostMessage }
        : { ok: false, code: String(e) };
    }
  },
  /** Posts a raw request to Workspace and reports whether any reply to it arrived within `ms`. */
  rawSilence(name: string, ms: number) {
    const referenceId = `raw-${Math.random()}`;
    return new Promise<boolean>((resolve) => {
      let replied = false;
      const listener = (e: MessageEvent) => {
        if (e.data?.referenceId === referenceId) replied = true;
      };
      addEventListener('message', listener);
      parent.postMessage(
        { request: name, referenceId, userAgent: 'WWE Client', protocolVersion: 2 },
        hostOrigin,
      );
      setTimeout(() => {
        removeEventListener('message', listener);
        resolve(!replied);
      }, ms);
    });
  },
};
