import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

/** axe-core's tags of WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let source: string | undefined;

interface AxeResults {
  violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
}

/**
 * The violations axe-core finds in a page or a frame (evaluated through the DevTools protocol,
 * so a page's Content-Security-Policy does not stop it), one line each: impact, rule, targets.
 * Frames inside it are not audited (`iframes: false`): audit each frame on its own.
 *
 * @example
 * expect(await axeViolations(page)).toEqual([]);
 */
export async function axeViolations(target: Page | Frame, tags = WCAG21_AA): Promise<string[]> {
  source ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await target.evaluate(() => 'axe' in window))) await target.evaluate(source);
  const result = (await target.evaluate(
    (t) =>
      (window as unknown as { axe: { run(c: Document, o: object): Promise<unknown> } }).axe.run(
        document,
        { runOnly: { type: 'tag', values: t }, iframes: false },
      ),
    tags,
  )) as AxeResults;
  return result.violations.map(
    (v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`,
  );
}
