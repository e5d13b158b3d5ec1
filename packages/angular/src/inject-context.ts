import { Injector, assertInInjectionContext, inject } from '@angular/core';
import type { WorkspaceClient } from '@wwe-kit/core';
import { WORKSPACE_CLIENT } from './workspace-client';

/**
 * Options of the `inject*` functions: the injector whose destruction releases the subscription
 * (default: the calling injection context's), and the client (default: `WORKSPACE_CLIENT` of
 * that injector).
 *
 * @example
 * const state = injectAgentState(undefined, { injector: this.injector, client: otherClient });
 */
export interface InjectWorkspaceOptions {
  /** Releases the subscription when destroyed; required outside an injection context. */
  injector?: Injector;
  /** The client to read; default: `WORKSPACE_CLIENT` of the injector. */
  client?: WorkspaceClient;
}

/**
 * The injector and client an `inject*` function uses: asserts an injection context unless an
 * injector is given (a subscription must always have an owner that releases it).
 */
export function injectContext(
  fn: (...args: never[]) => unknown,
  options: InjectWorkspaceOptions | undefined,
): { injector: Injector; client: WorkspaceClient } {
  if (!options?.injector) assertInInjectionContext(fn);
  const injector = options?.injector ?? inject(Injector);
  return { injector, client: options?.client ?? injector.get(WORKSPACE_CLIENT) };
}
