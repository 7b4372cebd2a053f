import { InvalidArgumentError } from '../../core/errors.js';

export interface FleissKappaOptions {
  /**
   * `'fleiss'` (default): chance agreement from the observed category shares (Fleiss 1971).
   * `'randolph'`: chance agreement 1/k for k categories, the free-marginal kappa (Randolph 2005).
   */
  method?: 'fleiss' | 'randolph';
}

/**
 * Fleiss' kappa for many raters: agreement among raters who each put every subject into one of
 * k categories, corrected for chance.
 *
 * `counts[i][j]` is how many raters put subject i in category j; every subject must have the
 * same number of raters (at least 2). Matches `statsmodels.stats.inter_rater.fleiss_kappa`
 * (statsmodels 0.13), with Fleiss (1971) "Measuring nominal scale agreement among many raters",
 * Psychological Bulletin 76(5), and Randolph (2005) for `method: 'randolph'`. When chance
 * agreement is 1 (every rating in one category under 'fleiss', or a single category) the
 * result is NaN (0/0), as in statsmodels.
 *
 * @example
 * // 4 subjects, 3 raters, 2 categories (hand check: (5/6 − 5/9) / (1 − 5/9) = 0.625)
 * fleissKappa([[3, 0], [0, 3], [2, 1], [3, 0]]) // => 0.6250000000000001
 */
export function fleissKappa(counts: readonly (readonly number[])[], options: FleissKappaOptions = {}): number {
  const method = options.method ?? 'fleiss';
  if (method !== 'fleiss' && method !== 'randolph') {
    throw new InvalidArgumentError(`fleissKappa takes method 'fleiss' or 'randolph', got ${String(method)}`);
  }
  if (!Array.isArray(counts) || counts.length === 0) {
    throw new InvalidArgumentError('fleissKappa needs a non-empty subjects × categories table of counts');
  }
  const k = Array.isArray(counts[0]) ? counts[0].length : 0;
  if (k === 0) throw new InvalidArgumentError('fleissKappa needs at least one category column');
  const categoryTotals = new Float64Array(k);
  let raters = -1;
  let agreementSum = 0;
  for (let i = 0; i < counts.length; i++) {
    const row = counts[i];
    if (!Array.isArray(row) || row.length !== k) {
      throw new InvalidArgumentError(
        `fleissKappa needs every row to have ${k} category counts, row ${i} has ${Array.isArray(row) ? row.length : 'none'}`,
      );
    }
    let rowSum = 0;
    let squares = 0;
    for (let j = 0; j < k; j++) {
      const c = row[j];
      if (typeof c !== 'number' || Number.isNaN(c)) {
        throw new InvalidArgumentError(`fleissKappa refuses NaN or non-numbers in counts (row ${i}, column ${j})`);
      }
      if (!Number.isInteger(c) || c < 0) {
        throw new InvalidArgumentError(`fleissKappa needs non-negative integer counts, got ${c} at row ${i}, column ${j}`);
      }
      rowSum += c;
      squares += c * c;
      categoryTotals[j] += c;
    }
    if (raters === -1) raters = rowSum;
    else if (rowSum !== raters) {
      throw new InvalidArgumentError(
        `fleissKappa needs the same number of raters for every subject: row 0 has ${raters}, row ${i} has ${rowSum}`,
      );
    }
    agreementSum += (squares - rowSum) / (rowSum * (rowSum - 1));
  }
  if (raters < 2) throw new InvalidArgumentError(`fleissKappa needs at least 2 raters per subject, got ${raters}`);
  const meanAgreement = agreementSum / counts.length;
  let chance: number;
  if (method === 'randolph') chance = 1 / k;
  else {
    const total = raters * counts.length;
    chance = 0;
    for (let j = 0; j < k; j++) {
      const p = categoryTotals[j] / total;
      chance += p * p;
    }
  }
  return (meanAgreement - chance) / (1 - chance);
}
