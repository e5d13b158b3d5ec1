import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { workspacePackages } from '../../scripts/vite-workspace-packages';

/** `vite build` fails if the simulator (development only: `import.meta.env.DEV`) was bundled. */
function noSimulatorInBuild(): Plugin {
  return {
    name: 'no-simulator-in-build',
    apply: 'build',
    generateBundle(_, bundle) {
      const ids = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? c.moduleIds : []));
      const found = ids.filter((id) => /[\\/](@wwe-kit|packages)[\\/]simulator[\\/]/.test(id));
      if (found.length) this.error(`the simulator is development only: ${found.join(', ')}`);
    },
  };
}

export default defineConfig(({ command }) => {
  const packages = workspacePackages(command);
  return {
    plugins: [react(), ...packages.plugins, noSimulatorInBuild()],
    resolve: { conditions: packages.conditions },
    server: { port: 5173, strictPort: true },
    preview: { port: 5173, strictPort: true },
  };
});
