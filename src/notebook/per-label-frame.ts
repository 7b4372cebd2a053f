import type { DataFrame } from 'danfojs-node';
import { buildFrame } from './build-frame.js';
import { checkResults } from './check-results.js';

export interface PerLabelFrameOptions {
  /** Only this metric id (default: every metric that has per-label values). */
  metric?: string;
}

/**
 * One row per (metric, label) of the metrics that report per-label values, in results order:
 * `metric`, `family`, `label`, `status`, `value` (synthetic rows of the label vs real),
 * `baseline` (real holdout rows of the label vs real), `nSynthetic`, `nReference`, `nHoldout`
 * and `reason` (why a label was skipped). Missing numbers are NaN.
 *
 * @example
 * perLabelFrame(results, { metric: 'drift.length-ks' }).loc({ columns: ['label', 'value', 'baseline'] }).print();
 * // ║ 0 │ negative │ 1 │ 0.4  ║
 * // ║ 1 │ neutral  │ 1 │ 0.75 ║
 * // ║ 2 │ positive │ 1 │ 0.5  ║
 */
export function perLabelFrame(results: unknown, options: PerLabelFrameOptions = {}): DataFrame {
  const fn = 'perLabelFrame';
  const r = checkResults(fn, results);
  const rows = r.metrics
    .filter((m) => options.metric === undefined || m.id === options.metric)
    .flatMap((m) => (m.perLabel ?? []).map((l) => ({ m, l })));
  const num = (x: number | null) => (x === null ? NaN : x);
  return buildFrame(fn, [
    { name: 'metric', dtype: 'string', values: rows.map(({ m }) => m.id) },
    { name: 'family', dtype: 'string', values: rows.map(({ m }) => m.family) },
    { name: 'label', dtype: 'string', values: rows.map(({ l }) => l.label) },
    { name: 'status', dtype: 'string', values: rows.map(({ l }) => l.status) },
    { name: 'value', dtype: 'float32', values: rows.map(({ l }) => num(l.value)) },
    { name: 'baseline', dtype: 'float32', values: rows.map(({ l }) => num(l.baseline)) },
    { name: 'nSynthetic', dtype: 'int32', values: rows.map(({ l }) => l.n.synthetic) },
    { name: 'nReference', dtype: 'int32', values: rows.map(({ l }) => l.n.reference) },
    { name: 'nHoldout', dtype: 'int32', values: rows.map(({ l }) => l.n.holdout) },
    { name: 'reason', dtype: 'string', values: rows.map(({ l }) => l.reason ?? '') },
  ]);
}
