import { createWorkspaceClient } from '@wwe-kit/core';
import { WorkspaceProvider } from '@wwe-kit/react';
import { createRoot } from 'react-dom/client';
import { CallPanel } from './CallPanel';

// The app after a change: the disposition goes to another user-data key (one different request).
const client = createWorkspaceClient({ hostOrigin: 'http://localhost:5170' });

createRoot(document.getElementById('root')!).render(
  <WorkspaceProvider client={client}>
    <CallPanel dispositionKey="Outcome" />
  </WorkspaceProvider>,
);
