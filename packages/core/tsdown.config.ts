import { defineConfig } from 'tsdown';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    platform: 'neutral',
    target: 'es2022',
    clean: true,
  },
  {
    entry: { 'wwe-kit.global': 'src/global.ts' },
    format: 'iife',
    globalName: 'WweKit',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    dts: false,
    clean: false,
  },
]);
