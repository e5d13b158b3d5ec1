import { defaultClientConditions, type Plugin } from 'vite';

/**
 * How the React and Vue sample apps resolve the `@wwe-kit/*` packages of this repo: `vite` (dev,
 * tests) reads their TypeScript sources (the `@wwe-kit/source` condition: no prior build needed);
 * `vite build` uses what npm users get, the packages' `dist` (turbo builds them first), and fails
 * if a package source was bundled anyway, or the simulator at all (it is development only, behind
 * `import.meta.env.DEV`).
 *
 * @example
 * export default defineConfig(({ command }) => ({
 *   plugins: [react(), ...workspacePackages(command).plugins],
 *   resolve: { conditions: workspacePackages(command).conditions },
 * }));
 */
export function workspacePackages(command: 'build' | 'serve'): {
  conditions: string[];
  plugins: Plugin[];
} {
  return {
    conditions: [...(command === 'build' ? [] : ['@wwe-kit/source']), ...defaultClientConditions],
    plugins: [builtPackagesOnly()],
  };
}

/**
 * Fails `vite build` when a workspace package was bundled from its sources instead of its dist,
 * or when the simulator was bundled at all.
 */
function builtPackagesOnly(): Plugin {
  return {
    name: 'wwe-kit:built-packages-only',
    apply: 'build',
    generateBundle(_, bundle) {
      const ids = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? c.moduleIds : []));
      const sources = ids.filter((id) => /[\\/]packages[\\/][^\\/]+[\\/]src[\\/]/.test(id));
      if (sources.length) this.error(`bundled from package sources: ${sources.join(', ')}`);
      const simulator = ids.filter((id) => /[\\/](@wwe-kit|packages)[\\/]simulator[\\/]/.test(id));
      if (simulator.length)
        this.error(`the simulator is development only: ${simulator.join(', ')}`);
    },
  };
}
