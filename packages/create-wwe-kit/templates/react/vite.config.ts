/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { frameAncestors, parseOrigins } from './src/workspace-origins.ts';

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
export default defineConfig(({ mode }) => {
  // Only the Workspace origins the app talks to may frame it (clickjacking): the same list as
  // src/connect.ts, from VITE_WORKSPACE_ORIGINS (default the simulated Workspace, port 5170).
  const origins = parseOrigins(loadEnv(mode, process.cwd(), 'VITE_').VITE_WORKSPACE_ORIGINS);
  const headers = { 'Content-Security-Policy': frameAncestors(origins) };
  return {
    plugins: [react(), noSimulatorInBuild()],
    // The port workspace.ini accepts (service-client-api.accepted-web-content-origins).
    server: { port: 5173, strictPort: true, headers },
    preview: { port: 5173, strictPort: true, headers },
    test: {
      environment: 'jsdom',
      include: ['src/**/*.test.{ts,tsx}'],
    },
  };
});
