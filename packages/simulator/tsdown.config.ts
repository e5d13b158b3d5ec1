import { defineConfig } from 'tsdown';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: { sourcemap: true },
    // .js.map and .d.ts.map: "go to definition" lands on the TypeScript sources shipped in src/.
    sourcemap: true,
    platform: 'neutral',
    target: 'es2022',
    clean: true,
  },
]);
