import { defineConfig } from 'vitest/config';

// End-to-end tests of the samples inside @wwe-kit/workspace: real servers on several origins and Debian's Chromium (node environment).
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // One file at a time: each starts a browser, and the machines have two cores.
    fileParallelism: false,
  },
});
