import { afterEach, describe, expect, it } from 'vitest';
import { createSimulatedWorkspace, createWorkspaceHost, type WorkspaceHost } from '../src';
import { rawFrame } from './helpers';

let host: WorkspaceHost;
afterEach(() => host.dispose());

const ORIGIN = 'https://crm.example.com';
const options = { 'service-client-api.accepted-web-content-origins': '*' };

/** A stand-in for the host page's window and one embedded frame's window. */
function fakeWindows() {
  const page = new EventTarget() as EventTarget & Window;
  const posted: any[] = [];
  const frame = { closed: false, postMessage: (m: unknown) => posted.push(m) } as unknown as Window;
  const request = (referenceId: string) => {
    const event = new Event('message') as MessageEvent;
    Object.defineProperties(event, {
      source: { value: frame },
      origin: { value: ORIGIN },
      data: {
        value: {
          request: 'system.amIVisible',
          referenceId,
          userAgent: 'WWE Client',
          protocolVersion: 2,
        },
      },
    });
    page.dispatchEvent(event);
    return posted.find((m) => m.referenceId === referenceId)?.data;
  };
  return { page, frame, request };
}

describe('system.amIVisible', () => {
  it('asks frameVisible at each request of a window frame', () => {
    const { page, frame, request } = fakeWindows();
    let selected = true;
    const asked: Window[] = [];
    host = createWorkspaceHost({
      window: page,
      workspace: createSimulatedWorkspace(),
      options,
      frameVisible: (source, origin) => {
        asked.push(source);
        expect(origin).toBe(ORIGIN);
        return selected;
      },
    });
    expect(request('r1')).toBe(true);
    selected = false; // another tab was selected
    expect(request('r2')).toBe(false);
    expect(asked).toEqual([frame, frame]);
  });

  it("asks an attached peer's visible(), else answers from the frame's kind", () => {
    host = createWorkspaceHost({ workspace: createSimulatedWorkspace(), options });
    let shown = false;
    const inbox: any[] = [];
    const asked = host.attachFrame({
      origin: ORIGIN,
      post: (m) => inbox.push(m),
      visible: () => shown,
    });
    const ask = (ref: string) => {
      asked.receive({
        request: 'system.amIVisible',
        referenceId: ref,
        userAgent: 'WWE Client',
        protocolVersion: 2,
      });
      return inbox.find((m) => m.referenceId === ref)?.data;
    };
    expect(ask('a')).toBe(false);
    shown = true;
    expect(ask('b')).toBe(true);
    expect(rawFrame(host, ORIGIN, 'background').request('system.amIVisible')[0].data).toBe(false);
    expect(rawFrame(host, ORIGIN, 'popup').request('system.amIVisible')[0].data).toBe(true);
  });

  it('the workspace takes visible from the caller context', () => {
    const workspace = createSimulatedWorkspace();
    host = createWorkspaceHost({ workspace });
    expect(workspace.handleRequest('system.amIVisible', [], { kind: 'tab', visible: false })).toBe(
      false,
    );
    expect(workspace.handleRequest('system.amIVisible', [], { kind: 'hidden' })).toBe(false);
    expect(workspace.handleRequest('system.amIVisible', [])).toBe(true);
  });
});
