import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { workspacePackages } from '../../scripts/vite-workspace-packages';

export default defineConfig(({ command }) => {
  const packages = workspacePackages(command);
  return {
    plugins: [vue(), ...packages.plugins],
    resolve: { conditions: packages.conditions },
    server: { port: 5174, strictPort: true },
    preview: { port: 5174, strictPort: true },
  };
});
