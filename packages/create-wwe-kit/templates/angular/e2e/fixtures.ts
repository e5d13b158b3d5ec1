import { test as base } from '@playwright/test';
import { withWorkspace } from '@wwe-kit/workspace/playwright';

export { expect } from '@playwright/test';

// Each test: a fresh simulated Workspace on http://localhost:5170 (the origin the app trusts in
// development) with the app's dev server embedded as a tab.
export const test = withWorkspace(base, { app: 'http://localhost:4200/' });
