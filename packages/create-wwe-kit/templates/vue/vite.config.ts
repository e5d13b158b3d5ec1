import vue from '@vitejs/plugin-vue';
import { defineConfig, type Plugin } from 'vite';

/**
 * `vite build` fails if the simulator was bundled: it is for development only (`connect.ts`
 * imports it behind `import.meta.env.DEV`, which is `false` in production builds).
 */
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

export default defineConfig({
  plugins: [vue(), noSimulatorInBuild()],
  // The origin workspace.ini accepts (service-client-api.accepted-web-content-origins).
  server: { port: 5173, strictPort: true },
});
