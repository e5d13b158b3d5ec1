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
  sourcemap: false,
} satisfies UserConfig;

export default defineConfig([
  {
    // The drop-in `genesys.wwe.service` shim (`@wwe-kit/core/legacy`), the memory transport for
    // tests (`@wwe-kit/core/testing`) and what wwe-kit's own packages share
    // (`@wwe-kit/core/internal`, no semver guarantee) are their own entries, out of the main
    // entry's bundle budget; the `<script>` build has the main entry and the shim.
    entry: {
      index: 'src/index.ts',
      legacy: 'src/legacy.ts',
      testing: 'src/testing.ts',
      internal: 'src/internal.ts',
      recording: 'src/recording.ts',
    },
    format: ['esm', 'cjs'],
    dts: { sourcemap: true },
    // .js.map and .d.ts.map: "go to definition" lands on the TypeScript sources shipped in src/.
    sourcemap: true,
    platform: 'neutral',
    target: 'es2022',
    hash: false,
    clean: true,
  },
  { ...globalBuild, clean: false },
]);
