import { defineConfig } from 'tsdown';

// The `create-wwe-kit` bin: one ESM file for Node (the templates are copied from templates/).
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  dts: false,
  // Inlined sources: the tarball ships dist and templates, not src.
  sourcemap: true,
  platform: 'node',
  target: 'node20',
  clean: true,
  fixedExtension: false,
  banner: '#!/usr/bin/env node',
});
