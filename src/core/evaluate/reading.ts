import type { Ci } from '../results-schema.js';
import type { MetricDefinition } from './types.js';

/**
 * One word for people, relative to the real-vs-real baseline:
 * - good: as good as the baseline (intervals overlap, or better than it);
 * - fair: worse, by at most the metric's fairTolerance (default 10% of its range, or of the
 *   baseline's size when unbounded);
 * - poor: worse by more;
 * - n/a: no value or no baseline.
 * For goal 'target' the comparison is on the distance to the target.
 */
export function readingOf(def: MetricDefinition, value: number | null, ci: Ci | null, baseline: number | null, baseCi: Ci | null): 'good' | 'fair' | 'poor' | 'n/a' {
  if (value === null || baseline === null || !Number.isFinite(value) || !Number.isFinite(baseline)) return 'n/a';
  const overlap = ci && baseCi ? ci.lo <= baseCi.hi && baseCi.lo <= ci.hi : false;
  let worseBy: number;
  if (def.goal === 'maximize') worseBy = baseline - value;
  else if (def.goal === 'minimize') worseBy = value - baseline;
  else {
    const t = def.target ?? 0;
    worseBy = Math.abs(value - t) - Math.abs(baseline - t);
  }
  if (worseBy <= 0 || overlap) return 'good';
  const [lo, hi] = def.range;
  const tolerance = def.fairTolerance ?? 0.1 * (lo !== null && hi !== null ? hi - lo : Math.max(Math.abs(baseline), 1e-12));
  return worseBy <= tolerance ? 'fair' : 'poor';
}
