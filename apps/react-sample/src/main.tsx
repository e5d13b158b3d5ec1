import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { WorkspaceProvider } from '@wwe-kit/react';
import { App } from './App';
import { connect } from './connect';
import './styles.css';

// The app owns the client: created once, outside React, for the page's lifetime.
const connection = connect();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <WorkspaceProvider client={connection.client}>
      <App
        workspace={connection.mode === 'standalone' ? connection.workspace : undefined}
        embedded={connection.mode === 'embedded' ? connection : undefined}
      />
    </WorkspaceProvider>
  </StrictMode>,
);
