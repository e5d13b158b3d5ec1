import { defineConfig } from 'tsdown';

export default defineConfig({
  // The panel (index), the production loader (which imports the panel only when asked for) and
  // one entry per framework binding, so that no framework is a dependency of the others.
  entry: {
    index: 'src/index.ts',
    loader: 'src/loader.ts',
    react: 'src/react.tsx',
    vue: 'src/vue.ts',
    angular: 'src/angular.ts',
  },
  format: ['esm', 'cjs'],
  dts: { sourcemap: true },
  sourcemap: true,
  platform: 'neutral',
  target: 'es2022',
  hash: false,
  clean: true,
  external: [/^react(\/|$)/, 'vue', /^@angular\//, /^@wwe-kit\//],
});
