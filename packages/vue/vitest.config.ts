import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@wwe-kit/source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['@wwe-kit/source', ...defaultServerConditions] } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'jsdom',
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
