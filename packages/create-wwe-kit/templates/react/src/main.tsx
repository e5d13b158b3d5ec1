import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { WorkspaceProvider } from '@wwe-kit/react';
import { App } from './App.tsx';
import { connect } from './connect.ts';
import './index.css';

// The app owns the client: created once, outside React, for the page's lifetime.
void connect().then(({ client, workspace }) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <WorkspaceProvider client={client}>
        <App standalone={workspace !== undefined} />
      </WorkspaceProvider>
    </StrictMode>,
  ),
);
