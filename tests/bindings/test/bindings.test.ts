// The bindings contract, run against React, Vue and Angular (jsdom).
import { angular } from './adapters/angular';
import { react } from './adapters/react';
import { vue } from './adapters/vue';
import { bindingContract } from './contract';

for (const adapter of [react, vue, angular]) bindingContract(adapter);
