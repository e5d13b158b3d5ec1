// @vitest-environment node
// The server-render part of the bindings contract, in Node (no window), as on a real server.
import { angular } from './adapters/angular';
import { react } from './adapters/react';
import { vue } from './adapters/vue';
import { serverContract } from './contract';

for (const adapter of [react, vue, angular]) serverContract(adapter);
