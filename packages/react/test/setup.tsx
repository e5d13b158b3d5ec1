import { StrictMode, type ReactNode } from 'react';
import { createTestWorkspace, type TestWorkspaceOptions } from '@wwe-kit/simulator';
import { WorkspaceProvider } from '../src/index';

/** Both ways every hook test runs. */
export const MODES = [
  { mode: 'plain', strict: false },
  { mode: 'StrictMode', strict: true },
] as const;

/** A simulated workspace plus a testing-library wrapper providing its client. */
export function setup(strict: boolean, init?: TestWorkspaceOptions) {
  const t = createTestWorkspace(init);
  const wrapper = ({ children }: { children: ReactNode }) => {
    const tree = <WorkspaceProvider client={t.client}>{children}</WorkspaceProvider>;
    return strict ? <StrictMode>{tree}</StrictMode> : tree;
  };
  return { ...t, wrapper };
}
