import { InvalidArgumentError } from '../core/errors.js';

export interface CountRequest {
  /** An explicit count wins. */
  count?: number;
  /** Relative share of what is left of the total (default 1). */
  weight?: number;
}

/**
 * Rows per label: an explicit `count` is kept; the rest of `total` is shared out over the other
 * labels in proportion to their weights by the largest-remainder (Hamilton) method, so the
 * counts add up to the total exactly and each is within one of its exact share (Balinski & Young
 * 1982, "Fair Representation", ch. 2). Ties of remainders go to the earlier label. Equal weights
 * balance the classes; a larger weight boosts a rare one.
 *
 * @example
 * allocateCounts([{}, {}, { weight: 2 }], 10); // [3, 2, 5]: shares 2.5, 2.5, 5; the tie goes to the first
 * allocateCounts([{ count: 4 }, {}], 10);      // [4, 6]
 */
export function allocateCounts(labels: readonly CountRequest[], total: number | undefined): number[] {
  const counts = labels.map((l) => l.count ?? -1);
  const open = labels.map((l, i) => (l.count === undefined ? i : -1)).filter((i) => i >= 0);
  if (open.length === 0) return counts;
  if (total === undefined) throw new InvalidArgumentError('allocateCounts needs a total when a label has no count');
  const explicit = labels.reduce((s, l) => s + (l.count ?? 0), 0);
  const remaining = total - explicit;
  if (remaining < 0) throw new InvalidArgumentError(`allocateCounts got counts adding up to ${explicit}, more than the total ${total}`);
  const weights = open.map((i) => labels[i].weight ?? 1);
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (remaining * w) / sum);
  const floors = exact.map(Math.floor);
  let left = remaining - floors.reduce((s, x) => s + x, 0);
  const order = exact.map((x, j) => ({ j, frac: x - floors[j] })).sort((a, b) => b.frac - a.frac || a.j - b.j);
  for (const { j } of order) {
    if (left <= 0) break;
    floors[j]++;
    left--;
  }
  open.forEach((i, j) => (counts[i] = floors[j]));
  return counts;
}
