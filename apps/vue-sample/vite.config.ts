import vue from '@vitejs/plugin-vue';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  plugins: [vue()],
  resolve: { conditions: ['@wwe-kit/source', ...defaultClientConditions] },
  server: { port: 5174, strictPort: true },
  preview: { port: 5174, strictPort: true },
});
