import { defineConfig, type UserConfig } from 'tsdown';

/** The `<script>` build (`dist/wwe-kit.global.js`); its browser test builds it the same way. */
export const globalBuild = {
  entry: { 'wwe-kit.global': new URL('./src/global.ts', import.meta.url).pathname },
  format: 'iife',
  globalName: 'WweKit',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  dts: false,
} satisfies UserConfig;

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    platform: 'neutral',
    target: 'es2022',
    clean: true,
  },
  { ...globalBuild, clean: false },
]);
