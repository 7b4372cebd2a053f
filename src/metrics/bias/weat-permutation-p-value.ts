import { InvalidArgumentError } from '../../core/errors.js';
import type { Rng } from '../../core/rng.js';

/**
 * Permutation p-value of the WEAT statistic s(X, Y, A, B) = Σ_X s(x) − Σ_Y s(y) (Caliskan et al.
 * 2017): the share of random re-partitions (X_i, Y_i) of X ∪ Y, with |X_i| = |X|, whose statistic
 * is at least as far from its permutation mean as the observed one. Two-sided (Caliskan et al.
 * use the one-sided P[s(X_i, Y_i) > s(X, Y)]); Monte Carlo with the observed partition counted
 * once, p = (1 + hits) / (1 + permutations), so it is never 0.
 *
 * @param sX - s(x, A, B) for each x in X
 * @param sY - s(y, A, B) for each y in Y
 * @param permutations - random partitions to draw (≥ 1)
 * @param rng - seeded generator (`createRng`)
 * @example
 * weatPermutationPValue([0.3, 0.2, 0.1], [-0.1, -0.2, -0.3], 999, createRng(1));
 * // 0.106  (exactly 0.1: 2 of the 20 partitions of six words are as extreme, this one and its mirror)
 */
export function weatPermutationPValue(sX: ArrayLike<number>, sY: ArrayLike<number>, permutations: number, rng: Rng): number {
  if (!Number.isInteger(permutations) || permutations < 1) {
    throw new InvalidArgumentError(`weatPermutationPValue needs a positive whole number of permutations, got ${permutations}`);
  }
  const all = [...Array.from(sX), ...Array.from(sY)];
  const nx = sX.length;
  if (nx === 0 || sY.length === 0) throw new InvalidArgumentError(`weatPermutationPValue needs two non-empty sets, got ${nx} and ${sY.length}`);
  for (const v of all) if (!Number.isFinite(v)) throw new InvalidArgumentError('weatPermutationPValue refuses NaN or infinite associations');
  const total = all.reduce((s, v) => s + v, 0);
  // s(X', Y') = 2·Σ_{X'} s − total, and its permutation mean is total·(2|X|/n − 1).
  const center = total * ((2 * nx) / all.length - 1);
  const observed = Math.abs(2 * all.slice(0, nx).reduce((s, v) => s + v, 0) - total - center);
  const tolerance = 1e-12 * Math.max(1, observed);
  const order = all.map((_, i) => i);
  let hits = 0;
  for (let p = 0; p < permutations; p++) {
    // Partial Fisher–Yates: the first nx positions are a uniform random subset.
    let sum = 0;
    for (let i = 0; i < nx; i++) {
      const j = i + rng.int(order.length - i);
      const tmp = order[i];
      order[i] = order[j];
      order[j] = tmp;
      sum += all[order[i]];
    }
    if (Math.abs(2 * sum - total - center) >= observed - tolerance) hits++;
  }
  return (1 + hits) / (1 + permutations);
}
