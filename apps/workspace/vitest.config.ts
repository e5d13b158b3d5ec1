import { defineConfig } from 'vitest/config';

// Unit tests of the page's pure modules, and end-to-end tests: real servers on several origins and Debian's Chromium (node environment).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // One file at a time: each starts a browser, and the machines have two cores.
    fileParallelism: false,
  },
});
