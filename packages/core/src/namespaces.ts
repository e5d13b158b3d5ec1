import { splitArguments, type SendOptions } from './options';
import { arityOf, padsWithNull, requests, type Namespace } from './requests';

/** Sends a catalog request with its wire parameters (`undefined`: none). */
export type Send = (
  name: string,
  parameters: unknown[] | undefined,
  options: SendOptions | undefined,
) => Promise<unknown>;

/**
 * Every request of the catalog by full name → its declaration (parameter count, plus 8 when
 * missing trailing parameters are posted as `null`).
 */
export const SPECS = new Map<string, number>();
for (const ns in requests)
  for (const [m, spec] of Object.entries(requests[ns as Namespace])) SPECS.set(`${ns}.${m}`, spec);

/**
 * Posts exactly what the official client posts: `arityOf(spec)` positional parameters, missing ones
 * as `undefined`, or as `null` when the declaration says so (`voice.dial('5001')` posts
 * `['5001', null]`); no `parameters` at all for a request without any.
 */
export function wire(spec: number, args: ArrayLike<unknown>): unknown[] | undefined {
  const arity = arityOf(spec);
  if (!arity) return undefined;
  const pad = padsWithNull(spec) ? null : undefined;
  const out = new Array<unknown>(arity);
  for (let i = 0; i < arity; i++) out[i] = args[i] === undefined ? pad : args[i];
  return out;
}

/**
 * The namespaces of a client (`client.voice.dial(...)`), built from the catalog: each method
 * takes its request's positional parameters, then the request options (made by `withOptions`,
 * recognised in any position; a plain object is always a parameter).
 */
export function createNamespaces(send: Send): Record<Namespace, Record<string, unknown>> {
  const out = {} as Record<Namespace, Record<string, unknown>>;
  for (const ns in requests) {
    const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
    for (const [m, spec] of Object.entries(requests[ns as Namespace])) {
      const name = `${ns}.${m}`;
      const arity = arityOf(spec);
      api[m] = (...args) => {
        let split;
        try {
          split = splitArguments(name, args, arity);
        } catch (e) {
          return Promise.reject(e);
        }
        return send(name, wire(spec, split.parameters), split.options);
      };
    }
    out[ns as Namespace] = api;
  }
  return out;
}
