import { defineConfig } from 'vitest/config';

// Each file packs the published packages, installs them with npm in a temporary folder outside
// this workspace and runs them as a user would: slow (an npm install each), so one at a time.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
