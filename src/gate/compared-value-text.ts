import type { ComparedValue } from './compare-results.js';
import { formatNumber } from './format-number.js';

/**
 * One run's value of a metric in a comparison table: `0.82 [0.79, 0.85]`, the status when the
 * metric was skipped or failed, `absent` when the run does not have the metric.
 *
 * @example
 * comparedValueText({ status: 'ok', value: 0.82, ci: { lo: 0.79, hi: 0.85, level: 0.95, method: 'bootstrap', resamples: 1000 }, baseline: 0.5 });
 * // '0.82 [0.79, 0.85]'
 */
export function comparedValueText(v: ComparedValue | null): string {
  if (v === null) return 'absent';
  if (v.status !== 'ok') return v.status;
  return `${formatNumber(v.value)}${v.ci ? ` [${formatNumber(v.ci.lo)}, ${formatNumber(v.ci.hi)}]` : ''}`;
}
