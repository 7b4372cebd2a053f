/**
 * Quantiles of values by numpy's default (linear interpolation between order statistics),
 * rounded to 6 decimals for reports, keyed `p50`, `p90`…; null for no values.
 */
export function quantiles(values: ArrayLike<number>, probs: readonly number[]): Record<string, number | null> {
  const sorted = Float64Array.from(values).sort();
  const out: Record<string, number | null> = {};
  for (const p of probs) {
    const key = `p${Math.round(p * 100)}`;
    if (sorted.length === 0) {
      out[key] = null;
      continue;
    }
    const h = (sorted.length - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, sorted.length - 1);
    out[key] = Math.round((sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo])) * 1e6) / 1e6;
  }
  return out;
}
