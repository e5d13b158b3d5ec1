import { createWorkspacePlugin } from '@wwe-kit/vue';
import { createApp } from 'vue';
import App from './App.vue';
import { connect } from './connect';
import './style.css';

// The app owns the client: created once, for the page's lifetime.
void connect().then((connection) =>
  createApp(App, { workspace: connection.workspace })
    .use(createWorkspacePlugin(connection.client))
    .mount('#app'),
);
