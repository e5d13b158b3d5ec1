import { test as base } from '@playwright/test';
import { withWorkspace } from '@wwe-kit/workspace/playwright';

export { expect } from '@playwright/test';

// Each test: the app as a tab of a Workspace that replays session.json (the recorded session)
// instead of simulating one. Strict: a test fails when the app diverged from the recording.
export const test = withWorkspace(base, {
  app: 'http://localhost:5173/',
  replay: 'session.json',
});
