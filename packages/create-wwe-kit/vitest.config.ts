import { defineConfig } from 'vitest/config';

// The CLI's logic on temporary folders (the generated projects are built and tested by
// tests/consumer/test/create.test.ts, from the packed tarball).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
  },
});
