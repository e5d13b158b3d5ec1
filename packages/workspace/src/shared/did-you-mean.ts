/**
 * The edit distance of two words (Damerau–Levenshtein, optimal string alignment: a swap of two
 * neighbouring letters counts once), case-insensitive.
 *
 * @example
 * editDistance('--ap', '--app'); // 1
 */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const d: number[][] = Array.from({ length: s.length + 1 }, (_, i) =>
    Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= s.length; i++)
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  return d[s.length]![t.length]!;
}

/**
 * The candidate nearest to `word`, when it is near enough to be what was meant: at most a third
 * of the word's length apart (at least 1, at most 4 edits). `undefined` otherwise.
 *
 * @example
 * didYouMean('service-client-api.rate-limt', ['service-client-api.rate-limit']); // 'service-client-api.rate-limit'
 * didYouMean('--colour', ['--app', '--port']); // undefined
 */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const limit = Math.min(4, Math.max(1, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const distance = editDistance(word, c);
    if (distance < bestDistance) [best, bestDistance] = [c, distance];
  }
  return bestDistance <= limit ? best : undefined;
}
