import { InvalidArgumentError } from '../core/errors.js';
import type { TestAlternative } from './ks-test.js';
import { finiteSample, oneOf, type NumericSample } from './sample-input.js';
import { mannWhitneyCdf } from './special/mann-whitney-distribution.js';
import { normalSf } from './special/normal.js';

const ALTERNATIVES: readonly TestAlternative[] = ['two-sided', 'less', 'greater'];
const METHODS = ['asymp', 'exact', 'auto'] as const;

export interface MannWhitneyUOptions {
  /** 'two-sided' (default); 'greater': x tends to be larger than y; 'less': smaller. */
  alternative?: TestAlternative;
  /**
   * 'asymp' (default): normal approximation with tie correction; 'exact': the exact null
   * distribution (refused when there are ties); 'auto': exact when either sample has at most 8
   * values and there are no ties, as scipy's 'auto'.
   */
  method?: (typeof METHODS)[number];
  /** Continuity correction of ½ in the normal approximation (default true). */
  continuity?: boolean;
}

export interface MannWhitneyUResult {
  /** U of x: the number of pairs (xᵢ, yⱼ) with xᵢ > yⱼ, ties counting ½ (= R₁ − n₁(n₁+1)/2). */
  statistic: number;
  pValue: number;
  /** The method that produced pValue. */
  method: 'asymp' | 'exact';
}

/**
 * Mann–Whitney U test (Wilcoxon rank-sum), as `scipy.stats.mannwhitneyu` (scipy 1.10.1);
 * the statistic is U of the first sample, which is what scipy reports.
 *
 * Ranks are mid-ranks over the pooled sample. With alternative 'greater' the p-value is
 * P(U ≥ U₁), with 'less' P(U ≥ U₂) (U₂ = n₁n₂ − U₁), two-sided 2·P(U ≥ max(U₁, U₂)) capped at 1.
 * Asymptotic: z = (U − n₁n₂/2 − ½) / σ with the tie-corrected
 * σ² = n₁n₂/12 · ((n + 1) − Σ(t³ − t)/(n(n − 1))) (Mann & Whitney 1947; scipy's [2]), and the
 * normal upper tail. Exact: the null distribution of U counted by the q-binomial recursion
 * (special/mann-whitney-distribution.ts); cost O(min(n₁,n₂)²·max(n₁,n₂)).
 *
 * Differences from scipy, on purpose: the default method is 'asymp' (scipy: 'auto');
 * method 'exact' with ties is refused (scipy silently truncates a half-integer U); and when every
 * value is tied (σ = 0) the p-value is 1, where scipy gives 1 with the continuity correction and
 * NaN without it. Refuses empty samples and NaN or ±∞ values.
 *
 * @example
 * // scipy docs / Shier (2004): diagnosis ages of males vs females
 * mannWhitneyU([19, 22, 16, 29, 24], [20, 11, 17, 12], { method: 'exact' });
 * // → { statistic: 17, pValue: 0.1111111111111111, method: 'exact' }
 * mannWhitneyU([19, 22, 16, 29, 24], [20, 11, 17, 12]);
 * // → { statistic: 17, pValue: 0.11134688653313918, method: 'asymp' } (scipy: …314041)
 */
export function mannWhitneyU(x: NumericSample, y: NumericSample, options: MannWhitneyUOptions = {}): MannWhitneyUResult {
  const alternative = oneOf(options.alternative ?? 'two-sided', ALTERNATIVES, 'mannWhitneyU', 'alternative');
  const requested = oneOf(options.method ?? 'asymp', METHODS, 'mannWhitneyU', 'method');
  const continuity = options.continuity ?? true;
  if (typeof continuity !== 'boolean') {
    throw new InvalidArgumentError(`mannWhitneyU option continuity must be true or false, got ${JSON.stringify(continuity)}`);
  }
  const a = finiteSample(x, 'mannWhitneyU', 'x');
  const b = finiteSample(y, 'mannWhitneyU', 'y');
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) {
    throw new InvalidArgumentError(`mannWhitneyU needs at least one value in each sample, got ${n1} and ${n2}`);
  }
  const n = n1 + n2;

  // Mid-ranks of the pooled sample: rank sum of x and the tie term Σ (t³ − t).
  const pooled = new Float64Array(n);
  pooled.set(a, 0);
  pooled.set(b, n1);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((p, q) => pooled[p] - pooled[q]);
  let rankSumX = 0;
  let tieTerm = 0;
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && pooled[order[end]] === pooled[order[start]]) end++;
    const t = end - start;
    const midRank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) if (order[k] < n1) rankSumX += midRank;
    if (t > 1) tieTerm += t * t * t - t;
    start = end;
  }
  const hasTies = tieTerm > 0;
  const u1 = rankSumX - (n1 * (n1 + 1)) / 2;
  const u2 = n1 * n2 - u1;

  let method: 'asymp' | 'exact';
  if (requested === 'auto') method = (n1 > 8 && n2 > 8) || hasTies ? 'asymp' : 'exact';
  else method = requested;
  if (method === 'exact' && hasTies) {
    throw new InvalidArgumentError(
      "mannWhitneyU method 'exact' needs data without ties (the exact distribution assumes none); use 'asymp', which corrects for ties",
    );
  }

  const u = alternative === 'greater' ? u1 : alternative === 'less' ? u2 : Math.max(u1, u2);
  const factor = alternative === 'two-sided' ? 2 : 1;
  let p: number;
  if (method === 'exact') {
    p = mannWhitneyCdf(n1 * n2 - u, n1, n2); // P(U ≥ u) by symmetry
  } else {
    const s = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
    let numerator = u - (n1 * n2) / 2;
    if (continuity) numerator -= 0.5;
    p = s > 0 ? normalSf(numerator / s) : 1;
  }
  p = Math.min(1, Math.max(0, p * factor));
  return { statistic: u1, pValue: p, method };
}
