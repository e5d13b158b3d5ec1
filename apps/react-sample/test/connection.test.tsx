// How the panel connects: the Workspace origins come from build-time configuration only, the
// in-page simulator only in development, and the connection's state is shown with its fix.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  WorkspaceProvider,
  createWindowTransport,
  createWorkspaceClient,
  type WorkspaceClient,
} from '@wwe-kit/react';
import { ConnectionStatus } from '../src/components/ConnectionStatus';
import { connect, parseOrigins } from '../src/connect';

let client: WorkspaceClient | undefined;
afterEach(() => {
  cleanup();
  client?.dispose();
  client = undefined;
});

function show(c: WorkspaceClient) {
  client = c;
  render(
    <WorkspaceProvider client={c}>
      <ConnectionStatus />
    </WorkspaceProvider>,
  );
}

describe('connect', () => {
  it('reads the allowed origins from VITE_WORKSPACE_ORIGINS, default http://localhost:5170', () => {
    expect(parseOrigins(undefined)).toEqual(['http://localhost:5170']);
    expect(parseOrigins(' ')).toEqual(['http://localhost:5170']);
    expect(parseOrigins('https://wwe-uat.example.com, https://wwe.example.com')).toEqual([
      'https://wwe-uat.example.com',
      'https://wwe.example.com',
    ]);
  });

  it('opened directly in development: the in-page simulated Workspace', async () => {
    const c = await connect();
    expect(c.workspace).toBeDefined();
    await expect(c.client.agent.getState()).resolves.toBeTruthy();
    c.dispose();
  });

  it('framed: the real client, never the simulator, whatever the URL says', async () => {
    const framed = {
      parent: {},
      opener: null,
      location: new URL('http://127.0.0.1:5173/?wweOrigin=https://evil.example'),
    } as unknown as Window;
    const c = await connect(framed);
    expect(c.workspace).toBeUndefined();
    c.dispose();
  });
});

describe('ConnectionStatus', () => {
  /** A window framed by a page of `embedder` (undefined: not told) that never answers. */
  function framedBy(embedder: string | undefined) {
    const posted: unknown[] = [];
    const parent = { closed: false, postMessage: (m: unknown) => posted.push(m) };
    const self = {
      parent,
      opener: null,
      location: { ancestorOrigins: embedder ? [embedder] : [] },
      addEventListener() {},
      removeEventListener() {},
    } as unknown as Window;
    const transport = createWindowTransport({ hostOrigin: 'http://localhost:5170', self });
    return { transport, posted };
  }

  it('a page that is not an allowed Workspace: origin-mismatch at once, nothing sent to it', () => {
    const { transport, posted } = framedBy('https://evil.example');
    show(createWorkspaceClient({ transport }));
    expect(screen.getByRole('alert').dataset.status).toBe('origin-mismatch');
    expect(screen.getByTestId('connection-message').textContent).toContain('https://evil.example');
    expect(screen.getByTestId('connection-hint').textContent).toContain('http://localhost:5170');
    expect(posted).toEqual([]);
  });

  it('Workspace silent: says so, with the INI line to add', async () => {
    const { transport, posted } = framedBy(undefined);
    show(createWorkspaceClient({ transport, silentAfterMs: 10 }));
    expect(screen.getByRole('status').dataset.status).toBe('connecting');
    await waitFor(() => expect(screen.getByRole('alert').dataset.status).toBe('silent'));
    expect(screen.getByTestId('connection-hint').textContent).toContain(
      'service-client-api.accepted-web-content-origins=',
    );
    expect(posted.length).toBeGreaterThan(0);
  });
});
