import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { WorkspaceProvider } from '@wwe-kit/react';
import { App } from './App';
import { connect } from './connect';
import './styles.css';

// The app owns the client: created once, outside React, for the page's lifetime.
void connect().then((connection) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <WorkspaceProvider client={connection.client}>
        <App workspace={connection.workspace} />
      </WorkspaceProvider>
    </StrictMode>,
  ),
);
