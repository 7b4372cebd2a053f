import { durbinMatrixCdf } from './kolmogorov-durbin.js';
import { pelzGoodCdf } from './kolmogorov-pelz-good.js';
import { pomeranzCdf } from './kolmogorov-pomeranz.js';
import { logGamma } from './gamma.js';
import { smirnovSf } from './smirnov.js';

const clip = (p: number): number => (p < 0 ? 0 : p > 1 ? 1 : p);

/**
 * Survival function P(Dₙ ≥ x) of the two-sided one-sample Kolmogorov–Smirnov statistic for a
 * finite n, as scipy.stats.kstwo.sf(x, n) (scipy 1.10). The method is chosen by the rules of
 * Simard & L'Ecuyer (2011, J. Stat. Softw. 39(11)) exactly as scipy's `_kolmogn` applies them:
 *
 * - x ≤ 1/(2n): 1; x ≥ 1: 0 (support of kstwo).
 * - nx ≤ 1: Ruben–Gambino, P(Dₙ < x) = n!/nⁿ (2nx − 1)ⁿ.   nx ≥ n − 1: 2(1 − x)ⁿ.
 * - x ≥ ½: 2·smirnov(n, x) (exact: D⁺ and D⁻ cannot both exceed ½).
 * - n ≤ 140: nx² ≤ 0.754693 Durbin matrix; ≤ 4 Pomeranz; else 2·smirnov (Miller's approximation).
 * - n > 140: nx² ≥ 370 → 0; ≥ 2.2 → 2·smirnov; else 1 − CDF by Durbin when n ≤ 100000 and
 *   n·x^1.5 ≤ 1.4, otherwise by the Pelz–Good asymptotic series.
 *
 * Exact (to ~1e-12 relative) wherever scipy is exact; where scipy approximates (Miller, Pelz–Good)
 * this applies the same approximation, so it still agrees with scipy.
 */
export function kolmogorovSf(n: number, x: number): number {
  if (!(n >= 1) || !Number.isInteger(n) || Number.isNaN(x)) return NaN;
  if (x <= 0.5 / n) return 1;
  if (x >= 1) return 0;
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    let prob: number;
    if (n <= 140) {
      prob = 1;
      for (let i = 1; i <= n; i++) prob *= i * (1 / n) * (2 * t - 1);
    } else {
      prob = Math.exp(logGamma(n + 1) - n * Math.log(n) + n * Math.log(2 * t - 1));
    }
    return clip(1 - prob);
  }
  if (t >= n - 1) return clip(2 * Math.pow(1 - x, n));
  if (x >= 0.5) return clip(2 * smirnovSf(n, x));
  const nxSquared = t * x;
  if (n <= 140) {
    if (nxSquared <= 0.754693) return clip(1 - clip(durbinMatrixCdf(n, x)));
    if (nxSquared <= 4) return clip(1 - clip(pomeranzCdf(n, x)));
    return clip(2 * smirnovSf(n, x));
  }
  if (nxSquared >= 370) return 0;
  if (nxSquared >= 2.2) return clip(2 * smirnovSf(n, x));
  let cdf: number;
  if (n <= 100000 && n * Math.pow(x, 1.5) <= 1.4) cdf = durbinMatrixCdf(n, x);
  else cdf = pelzGoodCdf(n, x);
  return clip(1 - clip(cdf));
}
