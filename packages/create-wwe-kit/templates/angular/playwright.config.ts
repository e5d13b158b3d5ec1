import { defineConfig } from '@playwright/test';

const url = 'http://localhost:4200/';

export default defineConfig({
  testDir: 'e2e',
  // The simulated Workspace listens on one port (5170, the origin the app trusts).
  workers: 1,
  forbidOnly: !!process.env['CI'],
  reporter: process.env['CI'] ? 'list' : [['list'], ['html', { open: 'never' }]],
  // The app's dev server; each test embeds it in a fresh simulated Workspace (e2e/fixtures.ts).
  webServer: [
    {
      command: 'npm run dev:app',
      url,
      reuseExistingServer: !process.env['CI'],
      timeout: 120_000,
    },
    // The production build as `npm run preview` serves it (e2e/framing.spec.ts checks its headers).
    {
      command: 'npm run preview -- --port 4173',
      url: 'http://localhost:4173/',
      reuseExistingServer: !process.env['CI'],
      timeout: 180_000,
    },
  ],
  use: {
    trace: 'retain-on-failure',
    // A browser of your own (e.g. Debian's chromium) instead of `npx playwright install`:
    ...(process.env['CHROMIUM_PATH']
      ? { launchOptions: { executablePath: process.env['CHROMIUM_PATH'], args: ['--no-sandbox'] } }
      : {}),
  },
});
