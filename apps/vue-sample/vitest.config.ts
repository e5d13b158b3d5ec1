import vue from '@vitejs/plugin-vue';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [vue()],
  resolve: { conditions: ['@wwe-kit/source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['@wwe-kit/source', ...defaultServerConditions] } },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'jsdom',
    testTimeout: 20_000,
  },
});
