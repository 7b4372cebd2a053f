/**
 * The candidate nearest to `word` by edit distance (insertions, deletions, substitutions and
 * swaps of two neighbouring letters), when it is near enough to be a typo
 * (at most a third of the word's length, and at most 3 edits); null otherwise. Used for "did you
 * mean" hints on unknown metric ids and policy keys. Case-insensitive.
 *
 * Reference: the optimal string alignment distance (Damerau 1964; the Wagner–Fischer dynamic
 * programme with a transposition step), as in Python's `jellyfish.damerau_levenshtein_distance`
 * on strings without repeated swaps.
 *
 * @example
 * closestMatch('drift.c2st-acu', ['drift.c2st-auc', 'drift.mmd2']); // 'drift.c2st-auc'
 * closestMatch('mxa', ['max', 'min']);                             // 'max' (one swap)
 * closestMatch('banana', ['drift.c2st-auc']);                       // null
 */
export function closestMatch(word: string, candidates: readonly string[]): string | null {
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best: string | null = null;
  let bestDistance = limit + 1;
  const a = word.toLowerCase();
  for (const candidate of candidates) {
    const b = candidate.toLowerCase();
    if (Math.abs(a.length - b.length) >= bestDistance) continue;
    const d = osaDistance(a, b);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function osaDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j], before[j - 2] + 1);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length];
}
