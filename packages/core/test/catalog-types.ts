/**
 * Compile-time tests of the request catalog, checked by `pnpm --filter @wwe-kit/core typecheck`
 * (this file is in the package's tsconfig and never runs): each `@ts-expect-error` fails the
 * typecheck if the line under it compiles.
 */
import {
  createWorkspaceClient,
  type KeyValues,
  type RequestEvents,
  type RequestParams,
  type RequestResult,
  type State,
  type WorkspaceClient,
  withOptions,
} from '../src/index';
import { declareRequest } from '../src/internal';

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assert = <T extends true>(_: T) => {};

declare const client: WorkspaceClient;

// A misspelt request name does not compile...
// @ts-expect-error -- 'voice.dail' is not a request
void client.request('voice.dail', ['5001']);
// ...nor do wrong parameters or a wrong use of the result.
// @ts-expect-error -- voice.dial takes a string destination
void client.request('voice.dial', [5001]);
// @ts-expect-error -- agent.getState resolves with a State, not a number
const wrong: Promise<number> = client.request('agent.getState');
void wrong;
const state: Promise<State> = client.request('agent.getState');
void state;
// @ts-expect-error -- the namespaced methods are typed the same way
void client.voice.dial(5001);
void client.voice.dial('5001', { CustomerId: '42' }, withOptions({ timeoutMs: 1000 }));

// Request options are a value made by withOptions(), never a plain object: the old options (a
// plain object after the parameters) do not compile...
// @ts-expect-error -- a plain object is not options
void client.agent.getState({ timeoutMs: 1000 });
// @ts-expect-error -- nor after the last parameter
void client.voice.dial('5001', null, { timeoutMs: 1000 });
// @ts-expect-error -- nor as request()'s options
void client.request('agent.getState', [], { timeoutMs: 1000 });
// @ts-expect-error -- nor is fullReply an option any more
void client.agent.get(withOptions({ fullReply: true }));
// (Each line above compiles without its directive when the options are made by withOptions.)
void client.agent.getState(withOptions({ timeoutMs: 1000 }));
void client.voice.dial('5001', null, withOptions({ timeoutMs: 1000 }));
void client.request('agent.getState', [], withOptions({ timeoutMs: 1000 }));
// ...and a plain object in a parameter slot is that parameter (here the call's user data).
void client.voice.dial('5001', { timeoutMs: 1000 });
// Options may take the place of any optional parameter, never of a required one.
void client.voice.dial('5001', withOptions({ timeoutMs: 1000 }));
void client.interaction.singleStepTransfer('1', { agent: 'a' } as never, withOptions({}));
void client.auth.getPureCloudToken(withOptions({}));
// @ts-expect-error -- destination is required
void client.voice.dial(withOptions({ timeoutMs: 1000 }));
// @ts-expect-error -- options come after the parameters they replace
void client.voice.dialEx('5001', withOptions({}), { X: 1 });

// Requests newer than the catalog go through the escape hatch, by any name.
const dtmf: Promise<boolean> = client.requestUnknown<boolean>('voice.sendDtmf', ['1', '42#']);
void dtmf;

// A declaration whose parameter count differs from its parameter list does not compile.
// @ts-expect-error -- two parameters declared, one posted
declareRequest<[a: string, b?: KeyValues | null], void>(1);
declareRequest<[a: string, b?: KeyValues | null], void>(2);

// The types derived from the one declaration per request.
assert<Equal<RequestParams<'voice.dial'>, [destination: string, userData?: KeyValues | null]>>(
  true,
);
assert<Equal<RequestResult<'agent.getStateList'>, State[]>>(true);
assert<Equal<RequestEvents<'voice.dial'>, 'interaction'>>(true);
assert<Equal<RequestEvents<'agent.setState'>, 'agent' | 'media'>>(true);
assert<Equal<RequestEvents<'agent.getState'>, never>>(true);

// The options require Workspace's origin(s) or a transport.
// @ts-expect-error -- neither hostOrigin nor transport
createWorkspaceClient({});
// @ts-expect-error -- a timeout alone is not enough either
createWorkspaceClient({ timeoutMs: 5000 });
createWorkspaceClient({ hostOrigin: 'https://wwe.example.com', timeoutMs: 5000 });
