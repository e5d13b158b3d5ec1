import { createTestWorkspace, type TestWorkspace } from '@wwe-kit/simulator';
import { flushPromises } from '@vue/test-utils';
import { afterEach, vi } from 'vitest';
import { setActiveWorkspaceClient } from '../src/index';

const open: TestWorkspace[] = [];

/** A simulated workspace disposed (and the active client cleared) after the test. */
export function testWorkspace(options?: Parameters<typeof createTestWorkspace>[0]): TestWorkspace {
  const t = createTestWorkspace(options);
  open.push(t);
  return t;
}

afterEach(() => {
  for (const t of open.splice(0)) t.dispose();
  setActiveWorkspaceClient(undefined);
  vi.restoreAllMocks();
});

/** Waits until `check` passes, flushing promises and Vue's scheduler in between. */
export async function until(check: () => void): Promise<void> {
  await vi.waitFor(async () => {
    await flushPromises();
    check();
  });
}

/** True when the client holds no event handler and no host subscription. */
export function isClean(t: TestWorkspace): boolean {
  const { handlers, subscriptions } = t.client.stats();
  return handlers === 0 && subscriptions === 0;
}
