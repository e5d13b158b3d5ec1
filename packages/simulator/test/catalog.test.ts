import { catalogMethods } from '@wwe-kit/core/internal';
import { expect, test } from 'vitest';
import { simulatedRequests } from '../src/workspace/handlers';

test('the simulator answers every request of the core catalog', () => {
  const catalog = [...catalogMethods()].flatMap(([, methods]) => methods.map((m) => m.request));
  expect(catalog.length).toBe(76);
  const simulated = new Set(simulatedRequests());
  expect(catalog.filter((r) => !simulated.has(r))).toEqual([]);
});
