/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** `vite build` fails if the simulated Workspace (development only) got into the bundle. */
function noSimulatorInBuild(): Plugin {
  return {
    name: 'no-simulator-in-build',
    apply: 'build',
    generateBundle(_, bundle) {
      const ids = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? c.moduleIds : []));
      const found = ids.filter((id) => /[\\/]@wwe-kit[\\/]simulator[\\/]/.test(id));
      if (found.length) this.error(`the simulator is development only: ${found.join(', ')}`);
    },
  };
}

// https://vite.dev/config/
export default defineConfig({
  plugins: [react(), noSimulatorInBuild()],
  // The port workspace.ini accepts (service-client-api.accepted-web-content-origins).
  server: { port: 5173, strictPort: true },
  preview: { port: 5173, strictPort: true },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
