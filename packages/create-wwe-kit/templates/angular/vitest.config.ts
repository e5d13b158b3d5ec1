import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.ts'],
    // TestBed in JIT mode: components are compiled when a test creates them.
    setupFiles: ['src/test-setup.ts'],
  },
});
