import { InvalidArgumentError } from '../core/errors.js';
import { chiSquareSf } from './special/incomplete-gamma.js';

export interface ChiSquareTestOptions {
  /** Yates' continuity correction, applied only when dof = 1 (default true, as scipy). */
  correction?: boolean;
}

export interface ChiSquareTestResult {
  /** Pearson's X² = Σ (O − E)² / E, after Yates' correction when it applies. */
  statistic: number;
  pValue: number;
  /** (rows − 1)(columns − 1). */
  dof: number;
  /** Expected frequencies under independence, rowSum·colSum/total. */
  expected: number[][];
}

/**
 * Pearson's χ² test of independence on an r × c contingency table of counts, as
 * `scipy.stats.chi2_contingency(table, correction)` (scipy 1.10.1).
 *
 * Expected counts are E = rowSum·colSum/total; dof = (r − 1)(c − 1); the p-value is the χ²
 * survival function at X² (regularised upper incomplete gamma, special/incomplete-gamma.ts).
 * With dof = 1 and `correction`, Yates' correction moves each observed count towards its
 * expectation by min(0.5, |O − E|) (scipy's cap, gh-13875). A table with one row or one column
 * has dof = 0 and returns statistic 0 and p = 1, as scipy does.
 *
 * Refuses, like scipy, a table whose expected frequencies contain a 0 (a row or column that sums
 * to 0), and also ragged or empty tables and negative, NaN or infinite counts. Non-integer counts
 * are accepted.
 *
 * @example
 * chiSquareTest([[10, 10, 20], [20, 20, 20]]);
 * // → { statistic: 2.7777777777777777, pValue: 0.24935220877729614, dof: 2,
 * //     expected: [[12, 12, 16], [18, 18, 24]] }
 */
export function chiSquareTest(table: number[][], options: ChiSquareTestOptions = {}): ChiSquareTestResult {
  const correction = options.correction ?? true;
  if (!Array.isArray(table) || table.length === 0 || !Array.isArray(table[0]) || table[0].length === 0) {
    throw new InvalidArgumentError('chiSquareTest needs a non-empty table of counts (number[][])');
  }
  const rows = table.length;
  const cols = table[0].length;
  for (let i = 0; i < rows; i++) {
    const row = table[i];
    if (!Array.isArray(row) || row.length !== cols) {
      throw new InvalidArgumentError(`chiSquareTest needs rows of equal length: row 0 has ${cols}, row ${i} has ${Array.isArray(row) ? row.length : typeof row}`);
    }
    for (let j = 0; j < cols; j++) {
      const v = row[j];
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
        throw new InvalidArgumentError(`chiSquareTest needs non-negative finite counts, got ${String(v)} at row ${i}, column ${j}`);
      }
    }
  }
  const rowSums = table.map((row) => row.reduce((s, v) => s + v, 0));
  const colSums = Array.from({ length: cols }, (_, j) => table.reduce((s, row) => s + row[j], 0));
  const total = rowSums.reduce((s, v) => s + v, 0);
  const expected = rowSums.map((r) => colSums.map((c) => (r * c) / total));
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      if (!(expected[i][j] > 0)) {
        throw new InvalidArgumentError(
          `chiSquareTest found an expected frequency of 0 at row ${i}, column ${j}: ` +
            `row ${i} sums to ${rowSums[i]} and column ${j} to ${colSums[j]}; drop empty rows and columns first`,
        );
      }
    }
  }
  const dof = rows * cols - rows - cols + 1;
  if (dof === 0) return { statistic: 0, pValue: 1, dof, expected };
  const yates = dof === 1 && correction;
  let sum = 0;
  let comp = 0;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const e = expected[i][j];
      let o = table[i][j];
      if (yates) {
        const diff = e - o;
        o += Math.sign(diff) * Math.min(0.5, Math.abs(diff));
      }
      const term = ((o - e) * (o - e)) / e;
      const t = sum + term;
      comp += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
      sum = t;
    }
  }
  const statistic = sum + comp;
  return { statistic, pValue: chiSquareSf(statistic, dof), dof, expected };
}
