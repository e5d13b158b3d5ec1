import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'jsdom',
    include: ['test/**/*.test.tsx'],
    // A whole session, its screens found by role: more than vitest's default 5 s on a busy CI.
    testTimeout: 30_000,
  },
});
