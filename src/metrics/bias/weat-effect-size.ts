import { InvalidArgumentError } from '../../core/errors.js';

export interface WeatEffectSize {
  /**
   * [mean_{x ∈ X} s(x, A, B) − mean_{y ∈ Y} s(y, A, B)] / std-dev_{w ∈ X ∪ Y} s(w, A, B),
   * the standard deviation with Bessel's correction (n − 1).
   */
  effectSize: number;
  /** The test statistic s(X, Y, A, B) = Σ_{x ∈ X} s(x, A, B) − Σ_{y ∈ Y} s(y, A, B). */
  statistic: number;
  meanX: number;
  meanY: number;
  /** Sample standard deviation (n − 1) of the associations of X ∪ Y. */
  sd: number;
}

function checked(values: ArrayLike<number>, which: string): number[] {
  const out = Array.from(values);
  if (out.length === 0) throw new InvalidArgumentError(`weatEffectSize needs a non-empty target set ${which}`);
  for (const v of out) if (!Number.isFinite(v)) throw new InvalidArgumentError(`weatEffectSize refuses NaN or infinite associations (set ${which})`);
  return out;
}

/**
 * The WEAT effect size of Caliskan, Bryson & Narayanan (2017), "Semantics derived automatically
 * from language corpora contain human-like biases", Science 356:183–186, from the associations
 * s(w, A, B) of the two target sets (`weatAssociations`):
 *
 *   d = [mean_{x ∈ X} s(x, A, B) − mean_{y ∈ Y} s(y, A, B)] / std-dev_{w ∈ X ∪ Y} s(w, A, B).
 *
 * The paper does not say which standard deviation; this takes the sample one (n − 1), as the
 * reference implementation of May et al. (2019, SEAT, sent-bias `weat.py`, `np.std(…, ddof=1)`)
 * does. The population form (numpy's default, used by some re-implementations) is d·√(n/(n − 1))
 * with n = |X| + |Y|. |d| ≤ 2 when the sets have equal sizes; positive d means X is closer to A
 * (and Y to B).
 *
 * @param sX - s(x, A, B) for each x in X
 * @param sY - s(y, A, B) for each y in Y
 * @throws InvalidArgumentError for an empty set, NaN, or when all associations are equal (the
 *   effect size is 0/0)
 * @example
 * weatEffectSize([0.3, 0.1], [-0.1, -0.3]);
 * // { effectSize: 1.5491933384829668, statistic: 0.8, meanX: 0.2, meanY: -0.2, sd: 0.2581988897471611 }
 */
export function weatEffectSize(sX: ArrayLike<number>, sY: ArrayLike<number>): WeatEffectSize {
  const x = checked(sX, 'X');
  const y = checked(sY, 'Y');
  const all = [...x, ...y];
  if (all.length < 2) throw new InvalidArgumentError('weatEffectSize needs at least two target words in all');
  let mean = 0;
  let m2 = 0;
  for (const [i, v] of all.entries()) {
    const delta = v - mean;
    mean += delta / (i + 1);
    m2 += delta * (v - mean);
  }
  const sd = Math.sqrt(m2 / (all.length - 1));
  if (!(sd > 0)) throw new InvalidArgumentError('weatEffectSize: every association is equal, so the effect size is 0/0');
  const sum = (v: number[]) => v.reduce((s, a) => s + a, 0);
  const meanX = sum(x) / x.length;
  const meanY = sum(y) / y.length;
  return { effectSize: (meanX - meanY) / sd, statistic: sum(x) - sum(y), meanX, meanY, sd };
}
