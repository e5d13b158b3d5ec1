import { createWorkspacePlugin } from '@wwe-kit/vue';
import { createApp } from 'vue';
import App from './App.vue';
import { connect } from './connect';

const connection = connect();
createApp(App, {
  workspace: connection.workspace,
  mode: connection.mode,
  hostOrigin: connection.mode === 'embedded' ? connection.hostOrigin : undefined,
  status: connection.status,
})
  .use(createWorkspacePlugin(connection.client))
  .mount('#app');
