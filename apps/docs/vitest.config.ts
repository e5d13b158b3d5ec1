import { defineConfig } from 'vitest/config';

// The site's browser test (test/, after `pnpm build`); the Markdown pages' code blocks are checked
// by scripts/check-snippets.mjs, never run here.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
