'use client';
import { createContext, useContext, type ReactNode } from 'react';
import type { WorkspaceClient } from '@wwe-kit/core';

const ClientContext = createContext<WorkspaceClient | null>(null);

/** Props of {@link WorkspaceProvider}. */
export interface WorkspaceProviderProps {
  /** The client the hooks below use. The app creates it and disposes of it; the provider never does. */
  client: WorkspaceClient;
  children?: ReactNode;
}

/**
 * Makes a `@wwe-kit/core` client available to the hooks of the tree below. The provider does not
 * own the client: create it once (outside React or in a module) and dispose of it yourself.
 *
 * @example
 * const client = createWorkspaceClient({ hostOrigin: 'https://wwe.example.com' });
 * createRoot(el).render(
 *   <WorkspaceProvider client={client}>
 *     <App />
 *   </WorkspaceProvider>,
 * );
 */
export function WorkspaceProvider({ client, children }: WorkspaceProviderProps) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

/**
 * The client to use: `explicit` if given (every hook takes one as its last argument), else the
 * client of the nearest {@link WorkspaceProvider}; throws a clear error when there is neither.
 *
 * @example
 * function DialButton({ number }: { number: string }) {
 *   const client = useWorkspaceClient();
 *   return <button onClick={() => client.voice.dial(number)}>Call {number}</button>;
 * }
 */
export function useWorkspaceClient(explicit?: WorkspaceClient): WorkspaceClient {
  // (Always read: a hook is called in the same order whether or not a client is given.)
  const provided = useContext(ClientContext);
  const client = explicit ?? provided;
  if (!client)
    throw new Error(
      '[wwe-kit] useWorkspaceClient() and the Workspace hooks must be used inside <WorkspaceProvider client={client}>, or be given the client as their last argument.',
    );
  return client;
}
