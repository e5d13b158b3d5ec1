import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';

// The agent desktop page, prebuilt into dist/page: users run it with no Vite at run time. Sibling
// packages are read from their sources (the page bundles what it uses of them).
export default defineConfig({
  root: fileURLToPath(new URL('src/page', import.meta.url)),
  base: './',
  resolve: { conditions: ['@wwe-kit/source', ...defaultClientConditions] },
  build: {
    outDir: fileURLToPath(new URL('dist/page', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
  },
});
