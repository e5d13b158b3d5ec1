import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: { sourcemap: true },
  // .js.map and .d.ts.map: "go to definition" lands on the TypeScript sources shipped in src/.
  sourcemap: true,
  platform: 'neutral',
  target: 'es2022',
  clean: true,
  // react is a peer and @wwe-kit/core a dependency: both stay imports (tsdown keeps the
  // 'use client' directive of src/index.ts at the top of dist/index.js and dist/index.cjs).
  external: [/^react(\/|$)/, '@wwe-kit/core'],
});
