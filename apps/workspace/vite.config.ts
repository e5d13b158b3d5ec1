import { defaultClientConditions, defineConfig } from 'vite';
import { workspaceConfigPlugin } from './scripts/config-plugin.mjs';

// The page resolves @wwe-kit/* from their TypeScript sources (no prior build needed). A build
// (`pnpm build`) emits workspace.ini with the samples at their default dev ports.
export default defineConfig({
  resolve: { conditions: ['@wwe-kit/source', ...defaultClientConditions] },
  plugins: [
    {
      ...workspaceConfigPlugin({
        origins: {
          'react-sample': 'http://127.0.0.1:5173',
          'vue-sample': 'http://127.0.0.1:5174',
          'angular-sample': 'http://127.0.0.1:4200',
        },
      }),
      apply: 'build',
    },
  ],
});
