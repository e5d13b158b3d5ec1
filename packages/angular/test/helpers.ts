import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { createTestWorkspace, type TestWorkspace } from '@wwe-kit/simulator';
import { afterEach } from 'vitest';
import { provideWorkspace } from '../src/provide-workspace';

const open: TestWorkspace[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.dispose();
});

/** A simulated workspace whose client TestBed provides (zoneless). */
export function setup(init?: Parameters<typeof createTestWorkspace>[0]): TestWorkspace {
  const t = createTestWorkspace(init);
  open.push(t);
  TestBed.configureTestingModule({
    providers: [provideZonelessChangeDetection(), provideWorkspace(t.client)],
  });
  return t;
}

/** Lets the in-memory transport deliver everything queued. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
}
