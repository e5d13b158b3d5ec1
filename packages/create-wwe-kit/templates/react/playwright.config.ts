import { defineConfig } from '@playwright/test';

// https://playwright.dev/docs/test-configuration
export default defineConfig({
  testDir: 'e2e',
  // One simulated Workspace on one port (5170, the origin the app accepts in development).
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'line' : 'list',
  webServer: [
    {
      command: 'npm run dev:app',
      url: 'http://localhost:5173/',
      reuseExistingServer: !process.env.CI,
    },
    // The production build as `npm run preview` serves it (e2e/framing.spec.ts checks its headers).
    {
      command: 'npm run build && npm run preview -- --port 4173',
      url: 'http://localhost:4173/',
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
  use: {
    trace: 'on-first-retry',
    // A browser of your own (e.g. Debian's chromium) instead of `npx playwright install`:
    ...(process.env.CHROMIUM_PATH
      ? { launchOptions: { executablePath: process.env.CHROMIUM_PATH, args: ['--no-sandbox'] } }
      : {}),
  },
});
