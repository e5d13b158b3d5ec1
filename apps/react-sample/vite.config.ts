import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { workspacePackages } from '../../scripts/vite-workspace-packages';

export default defineConfig(({ command }) => {
  const packages = workspacePackages(command);
  return {
    plugins: [react(), ...packages.plugins],
    resolve: { conditions: packages.conditions },
    server: { port: 5173, strictPort: true },
    preview: { port: 5173, strictPort: true },
  };
});
