import { defineConfig } from 'vitest/config';

const conditions = ['@wwe-kit/source'];

// Unit tests of the config and the server (node), and browser tests of the prebuilt page in
// Debian's Chromium (they need `pnpm build` first: turbo runs it before `test`).
export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
