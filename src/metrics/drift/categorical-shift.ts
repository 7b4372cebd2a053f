import { InvalidArgumentError } from '../../core/errors.js';
import type { Rng } from '../../core/rng.js';
import { chiSquareTest } from '../../stats/chi-square-test.js';
import { jensenShannonDistance } from '../../stats/jensen-shannon-distance.js';

export interface CategoricalStatistics {
  /** Jensen–Shannon distance (base 2, in [0, 1]) between the two category distributions. */
  js: number;
  /** Cramér's V of the 2 × K table (uncorrected χ²): √(X² / N), in [0, 1]. */
  cramersV: number;
}

export interface CategoricalShift extends CategoricalStatistics {
  /** Categories seen on either side, sorted. */
  categories: string[];
  referenceCounts: number[];
  candidateCounts: number[];
  /** χ² test of independence of side and category (scipy chi2_contingency: Yates' correction when dof = 1). */
  chi2: { statistic: number; pValue: number; dof: number };
  /** The statistics on one bootstrap resample of each side (rows drawn with replacement). */
  resample(rng: Rng): CategoricalStatistics;
}

/**
 * How a categorical variable (the label, a metadata column) is distributed in the candidate
 * against the reference rows: the Jensen–Shannon distance of the two distributions
 * (`jensenShannonDistance`, base 2), Pearson's χ² test on the 2 × K table of counts
 * (`chiSquareTest`, as scipy.stats.chi2_contingency with its default Yates correction for a
 * 2 × 2 table) and its effect size Cramér's V = √(X²/(N·(min(2, K) − 1))) from the uncorrected X²
 * (as scipy.stats.contingency.association(method='cramer')); with one category V = 0. Categories
 * absent from both sides of a bootstrap resample are dropped from that resample's table.
 *
 * @example
 * const s = categoricalShift(['a', 'a', 'b', 'b'], ['a', 'b', 'b', 'b', 'c', 'c']);
 * s.categories // ['a', 'b', 'c'];  s.referenceCounts // [2, 2, 0];  s.candidateCounts // [1, 3, 2]
 * s.js // 0.47913876749186385;  s.cramersV // 0.4714045207910317
 * s.chi2 // { statistic: 2.2222222222222223, pValue: 0.3291929878079…, dof: 2 }
 */
export function categoricalShift(reference: readonly string[], candidate: readonly string[]): CategoricalShift {
  if (reference.length === 0 || candidate.length === 0) {
    throw new InvalidArgumentError(`categoricalShift needs values on both sides, got ${reference.length} reference and ${candidate.length} candidate`);
  }
  const categories = [...new Set([...reference, ...candidate])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const index = new Map(categories.map((c, i) => [c, i]));
  const refIndex = Int32Array.from(reference, (c) => index.get(c)!);
  const candIndex = Int32Array.from(candidate, (c) => index.get(c)!);
  const count = (idx: Int32Array) => {
    const out = new Array<number>(categories.length).fill(0);
    for (const i of idx) out[i]++;
    return out;
  };
  const referenceCounts = count(refIndex);
  const candidateCounts = count(candIndex);
  const test = chiSquareTest([referenceCounts, candidateCounts]);
  const observed = statistics(referenceCounts, candidateCounts);
  const refScratch = new Array<number>(categories.length);
  const candScratch = new Array<number>(categories.length);
  return {
    categories,
    referenceCounts,
    candidateCounts,
    ...observed,
    chi2: { statistic: test.statistic, pValue: test.pValue, dof: test.dof },
    resample(rng) {
      refScratch.fill(0);
      candScratch.fill(0);
      for (let i = 0; i < refIndex.length; i++) refScratch[refIndex[rng.int(refIndex.length)]]++;
      for (let i = 0; i < candIndex.length; i++) candScratch[candIndex[rng.int(candIndex.length)]]++;
      return statistics(refScratch, candScratch);
    },
  };
}

function statistics(referenceCounts: number[], candidateCounts: number[]): CategoricalStatistics {
  const js = jensenShannonDistance(referenceCounts, candidateCounts);
  const keep: number[] = [];
  for (let i = 0; i < referenceCounts.length; i++) if (referenceCounts[i] + candidateCounts[i] > 0) keep.push(i);
  if (keep.length < 2) return { js, cramersV: 0 };
  const table = [keep.map((i) => referenceCounts[i]), keep.map((i) => candidateCounts[i])];
  let total = 0;
  for (const row of table) for (const v of row) total += v;
  const x2 = chiSquareTest(table, { correction: false }).statistic;
  return { js, cramersV: Math.sqrt(x2 / total) };
}
