import { defineConfig } from 'tsdown';

// The Node side: the programmatic API and the `wwe-workspace` bin (the page is built by Vite).
export default defineConfig({
  entry: {
    index: 'src/node/index.ts',
    cli: 'src/node/cli.ts',
    playwright: 'src/node/playwright.ts',
  },
  format: ['esm'],
  dts: { entry: ['src/node/index.ts', 'src/node/playwright.ts'], sourcemap: true },
  // .js.map and .d.ts.map: "go to definition" lands on the TypeScript sources shipped in src/.
  sourcemap: true,
  platform: 'node',
  target: 'node20',
  clean: true,
  fixedExtension: false,
});
