// Statistics and aligned-text tables for the benchmark reports.
import { setImmediate } from 'node:timers';

/** The `q` quantile (0..1) of `values` (nearest rank). */
export function quantile(values, q) {
  const sorted = Float64Array.from(values).sort();
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export const median = (values) => quantile(values, 0.5);
export const p95 = (values) => quantile(values, 0.95);
export const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;

/** `1234567` → `"1,234,567"`. */
export const int = (n) => Math.round(n).toLocaleString('en-US');
/** A number with `digits` decimals. */
export const fixed = (n, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
/** A duration given in ms, printed in µs. */
export const us = (ms, digits = 1) => fixed(ms * 1000, digits);
/** A ratio, e.g. `"1.83×"`. */
export const ratio = (a, b, digits = 2) => `${fixed(a / b, digits)}×`;

const isNumeric = (s) => /^[-+]?[\d,.]+(?:\s?[×%])?$|^—$/.test(s);

/**
 * Prints `rows` (objects with the same keys) as an aligned table under `title`, numbers
 * right-aligned, then each line of `notes`.
 */
export function printTable(title, rows, notes = []) {
  const columns = Object.keys(rows[0] ?? {});
  const cells = rows.map((r) => columns.map((c) => String(r[c] ?? '')));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i].length)));
  const line = (values, header = false) =>
    '│ ' +
    values
      .map((v, i) => (!header && isNumeric(v) ? v.padStart(widths[i]) : v.padEnd(widths[i])))
      .join(' │ ') +
    ' │';
  const rule = (l, m, r) => l + widths.map((w) => '─'.repeat(w + 2)).join(m) + r;
  const out = [
    '',
    title,
    rule('┌', '┬', '┐'),
    line(columns, true),
    rule('├', '┼', '┤'),
    ...cells.map((row) => line(row)),
    rule('└', '┴', '┘'),
    ...notes.map((n) => `  ${n}`),
  ];
  console.log(out.join('\n'));
}

/** Resolves after the current macrotask (all queued microtasks run first). */
export const macrotask = () => new Promise((resolve) => setImmediate(resolve));
