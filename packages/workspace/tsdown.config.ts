import { defineConfig } from 'tsdown';

// The Node side: the programmatic API and the `wwe-workspace` bin (the page is built by Vite).
export default defineConfig({
  entry: { index: 'src/node/index.ts', cli: 'src/node/cli.ts' },
  format: ['esm'],
  dts: { entry: 'src/node/index.ts' },
  platform: 'node',
  target: 'node20',
  clean: false,
  fixedExtension: false,
});
