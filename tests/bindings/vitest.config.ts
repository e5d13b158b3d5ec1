import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@wwe-kit/source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['@wwe-kit/source', ...defaultServerConditions] } },
  define: { 'process.env.NODE_ENV': '"test"' },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'jsdom',
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
