import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // Resolve the workspace packages from their TypeScript sources (no prior build needed).
  resolve: { conditions: ['@wwe-kit/source', ...defaultClientConditions] },
  server: { port: 5173, strictPort: true },
  preview: { port: 5173, strictPort: true },
});
