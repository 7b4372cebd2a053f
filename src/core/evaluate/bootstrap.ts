import type { Rng } from '../rng.js';
import { quantileSorted } from '../../stats/quantile-sorted.js';
import type { Ci } from '../results-schema.js';


/** Percentile interval of resampled statistics (NaNs dropped). */
export function percentileCi(stats: number[], level: number, method: Ci['method']): Ci | null {
  const finite = Float64Array.from(stats.filter(Number.isFinite)).sort();
  if (finite.length < 2) return null;
  const alpha = (1 - level) / 2;
  return { lo: quantileSorted(finite, alpha), hi: quantileSorted(finite, 1 - alpha), level, method, resamples: stats.length };
}

/**
 * Percentile bootstrap CI of the mean of per-row values (B resamples of n rows with replacement).
 * For 0/1 values (rates) a resample's mean is Binomial(n, p)/n, drawn directly: exactly by
 * inversion when n·min(p, 1−p) < 30, else by the normal approximation with continuity (error far
 * below the resampling noise), so a rate over 100,000 rows costs B draws, not B·n.
 */
export function bootstrapMeanCi(values: ArrayLike<number>, resamples: number, level: number, rng: Rng): Ci | null {
  const n = values.length;
  if (n < 2) return null;
  const stats: number[] = new Array(resamples);
  let ones = 0;
  let binary = true;
  for (let i = 0; i < n && binary; i++) {
    if (values[i] === 1) ones++;
    else if (values[i] !== 0) binary = false;
  }
  if (binary) {
    for (let b = 0; b < resamples; b++) stats[b] = binomial(n, ones / n, rng) / n;
  } else {
    for (let b = 0; b < resamples; b++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += values[rng.int(n)];
      stats[b] = s / n;
    }
  }
  return percentileCi(stats, level, 'bootstrap');
}

/** One Binomial(n, p) draw (see bootstrapMeanCi). */
function binomial(n: number, p: number, rng: Rng): number {
  if (p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomial(n, 1 - p, rng);
  const mean = n * p;
  if (mean >= 30) {
    const k = Math.round(mean + Math.sqrt(mean * (1 - p)) * rng.normal());
    return Math.min(n, Math.max(0, k));
  }
  // Inversion: walk the pmf from k = 0 until the uniform is covered (expected mean + 1 steps).
  const u = rng.next();
  let k = 0;
  let pk = Math.pow(1 - p, n);
  let cdf = pk;
  while (u > cdf && k < n) {
    pk *= ((n - k) / (k + 1)) * (p / (1 - p));
    k++;
    cdf += pk;
  }
  return k;
}

/**
 * Centred subsampling interval for size-sensitive corpus measures (distinct-n, TTR-like): half
 * samples without replacement give statistics θ*_b; their spread, scaled by √(b/n) with b = n/2
 * (Politis & Romano 1994) and centred on their own mean (which removes the size bias of smaller
 * samples), is placed around θ̂.
 */
export function subsampleCi(value: number, halfStats: number[], n: number, level: number): Ci | null {
  const finite = halfStats.filter(Number.isFinite);
  if (finite.length < 2) return null;
  const mean = finite.reduce((s, x) => s + x, 0) / finite.length;
  const scale = Math.sqrt(Math.floor(n / 2) / n);
  const dev = Float64Array.from(finite, (x) => (x - mean) * scale).sort();
  const alpha = (1 - level) / 2;
  return { lo: value + quantileSorted(dev, alpha), hi: value + quantileSorted(dev, 1 - alpha), level, method: 'subsample', resamples: halfStats.length };
}
