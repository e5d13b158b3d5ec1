import vue from '@vitejs/plugin-vue';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

export default defineConfig(({ command }) => ({
  plugins: [vue(), builtPackagesOnly()],
  // `vite` (dev) resolves the workspace packages from their TypeScript sources (no prior build
  // needed); `vite build` uses what npm users get, the packages' dist (turbo builds them first).
  resolve: {
    conditions: [...(command === 'build' ? [] : ['@wwe-kit/source']), ...defaultClientConditions],
  },
  server: { port: 5174, strictPort: true },
  preview: { port: 5174, strictPort: true },
}));

/** Fails `vite build` when a workspace package was bundled from its sources instead of its dist. */
function builtPackagesOnly(): Plugin {
  return {
    name: 'wwe-kit:built-packages-only',
    apply: 'build',
    generateBundle(_, bundle) {
      const ids = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? c.moduleIds : []));
      const sources = ids.filter((id) => /[\\/]packages[\\/][^\\/]+[\\/]src[\\/]/.test(id));
      if (sources.length) this.error(`bundled from package sources: ${sources.join(', ')}`);
    },
  };
}
