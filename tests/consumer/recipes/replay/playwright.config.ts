import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  // The simulated Workspace listens on one port (5170, the origin the app trusts).
  workers: 1,
  // The app as it was recorded: its production build. (In development, React's StrictMode runs
  // effects twice: the app subscribes twice, requests a production session does not have.)
  webServer: {
    command: 'npm run build && npm run preview',
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
