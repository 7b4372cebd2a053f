import type { Rng } from '../core/rng.js';
import type { ExemplarRow, GenerationLabel } from './types.js';

/**
 * Draws `k` distinct few-shot exemplars for one item, uniformly without replacement (a partial
 * Fisher–Yates shuffle, Knuth TAOCP vol. 2, Algorithm 3.4.2P). With `label` given and rows of that
 * label present (labels compared as strings, so 1 matches "1"), only those are drawn from;
 * otherwise all rows are. Fewer than `k` rows give them all, in drawn order.
 *
 * @example
 * pickExemplars(rows, 2, createRng(1), 'positive'); // two positive rows
 */
export function pickExemplars(rows: readonly ExemplarRow[], k: number, rng: Rng, label: GenerationLabel | null = null): ExemplarRow[] {
  if (k <= 0 || rows.length === 0) return [];
  let pool: readonly ExemplarRow[] = rows;
  if (label !== null) {
    const same = rows.filter((r) => r.label !== null && String(r.label) === String(label));
    if (same.length > 0) pool = same;
  }
  const index = pool.map((_, i) => i);
  const n = Math.min(k, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + rng.int(index.length - i);
    [index[i], index[j]] = [index[j], index[i]];
  }
  return index.slice(0, n).map((i) => pool[i]);
}
