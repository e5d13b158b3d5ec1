import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  // The simulated Workspace listens on one port (5170, the origin the app trusts).
  workers: 1,
  // The app's dev server. (React's StrictMode subscribes and fetches twice in development: the
  // replay answers a repeated read with its recorded reply.)
  webServer: {
    command: 'npm run dev',
    url: 'http://localhost:5173/',
    reuseExistingServer: !process.env.CI,
  },
  use: {
    // A browser of your own (e.g. Debian's chromium) instead of `npx playwright install`:
    ...(process.env.CHROMIUM_PATH
      ? { launchOptions: { executablePath: process.env.CHROMIUM_PATH, args: ['--no-sandbox'] } }
      : {}),
  },
});
