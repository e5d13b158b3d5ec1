import { defineConfig } from 'vitest/config';

// Each project is made in a temporary folder outside this workspace, its @wwe-kit packages
// installed by npm from tarballs packed once for the whole run (lib/global-setup.ts), and run as
// a user would. The files run concurrently, and so do the projects within a file: most of the
// time goes to npm installs, builds and browsers in child processes. The end-to-end runs, which
// serve the apps on fixed ports, take turns (lib/ports.ts).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['lib/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // One worker per file (5): they mostly wait for their child processes.
    maxWorkers: 5,
  },
});
