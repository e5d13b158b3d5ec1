// Type test (compiled by `pnpm typecheck`, never run): every request of @wwe-kit/core's catalog
// (`RequestMap`) has a simulator handler. A request declared in the core without one fails to
// compile twice: here, and where the handlers are assembled (`satisfies Record<RequestName, …>`).
import type { MissingHandlers } from '../src/workspace/handlers';

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const everyRequestHasAHandler: Equal<MissingHandlers, never> = true;
void everyRequestHasAHandler;
