import { createWorkspaceClient } from '@wwe-kit/core';
import { WorkspaceProvider } from '@wwe-kit/react';
import { createRoot } from 'react-dom/client';
import { CallPanel } from './CallPanel';

// The Workspace origins this app trusts come from its configuration: the simulated Workspace of
// development and tests runs on http://localhost:5170.
const client = createWorkspaceClient({ hostOrigin: 'http://localhost:5170' });

createRoot(document.getElementById('root')!).render(
  <WorkspaceProvider client={client}>
    <CallPanel />
  </WorkspaceProvider>,
);
