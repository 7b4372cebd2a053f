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

/** Percentile bootstrap CI of the mean of per-row values (B resamples of n rows with replacement). */
export function bootstrapMeanCi(values: ArrayLike<number>, resamples: number, level: number, rng: Rng): Ci | null {
  const n = values.length;
  if (n < 2) return null;
  const stats: number[] = new Array(resamples);
  for (let b = 0; b < resamples; b++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += values[rng.int(n)];
    stats[b] = s / n;
  }
  return percentileCi(stats, level, 'bootstrap');
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
