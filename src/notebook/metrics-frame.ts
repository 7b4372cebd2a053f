import type { DataFrame } from 'danfojs-node';
import { InvalidArgumentError } from '../core/errors.js';
import { FamilySchema, type Family } from '../core/results-schema.js';
import { buildFrame } from './build-frame.js';
import { checkResults } from './check-results.js';
import { badOption } from './messages.js';

export interface MetricsFrameOptions {
  /** Only the metrics of these families (default: all). */
  family?: Family | readonly Family[];
}

const num = (x: number | null | undefined): number => (typeof x === 'number' ? x : NaN);

/**
 * One row per metric of a results object, in results order: `id`, `family`, `title`,
 * `status`, `value` with its CI (`ciLo`, `ciHi`), the real-vs-real `baseline` with its CI
 * (`baselineLo`, `baselineHi`), `pValue`, `goal`, `reading`, the row counts behind the value
 * (`nSynthetic`, `nReference`, `nHoldout`), `warnings` (joined with " | ") and `reason` (why a
 * metric was skipped or failed). Missing numbers are NaN (danfojs's `isNa` finds them); missing
 * text is "". The columns are those of results.json's metrics (DESIGN.md), flattened.
 *
 * @example
 * // results: the quick start's run (notebooks/01-quickstart.ipynb)
 * metricsFrame(results).shape; // [45, 18]
 * metricsFrame(results, { family: 'privacy' }).loc({ columns: ['id', 'status', 'reading'] }).print();
 * // ║ 0 │ privacy.exact-copy-rate  │ ok      │ good ║
 * // ║ 1 │ privacy.near-copy-rate   │ ok      │ good ║
 * // ║ 2 │ privacy.dcr-share        │ ok      │ good ║
 * // ║ 3 │ privacy.exemplar-overlap │ skipped │ n/a  ║
 * // ║ 4 │ privacy.pii-rate         │ ok      │ good ║
 */
export function metricsFrame(results: unknown, options: MetricsFrameOptions = {}): DataFrame {
  const fn = 'metricsFrame';
  const r = checkResults(fn, results);
  const families = options.family === undefined ? null : new Set(Array.isArray(options.family) ? options.family : [options.family]);
  if (families) {
    for (const f of families) {
      if (!FamilySchema.safeParse(f).success) throw new InvalidArgumentError(badOption(fn, 'family', `one of ${FamilySchema.options.join(', ')}`, f));
    }
  }
  const metrics = families ? r.metrics.filter((m) => families.has(m.family)) : r.metrics;
  return buildFrame(fn, [
    { name: 'id', dtype: 'string', values: metrics.map((m) => m.id) },
    { name: 'family', dtype: 'string', values: metrics.map((m) => m.family) },
    { name: 'title', dtype: 'string', values: metrics.map((m) => m.title) },
    { name: 'status', dtype: 'string', values: metrics.map((m) => m.status) },
    { name: 'value', dtype: 'float32', values: metrics.map((m) => num(m.value)) },
    { name: 'ciLo', dtype: 'float32', values: metrics.map((m) => num(m.ci?.lo)) },
    { name: 'ciHi', dtype: 'float32', values: metrics.map((m) => num(m.ci?.hi)) },
    { name: 'baseline', dtype: 'float32', values: metrics.map((m) => num(m.baseline?.value)) },
    { name: 'baselineLo', dtype: 'float32', values: metrics.map((m) => num(m.baseline?.ci?.lo)) },
    { name: 'baselineHi', dtype: 'float32', values: metrics.map((m) => num(m.baseline?.ci?.hi)) },
    { name: 'pValue', dtype: 'float32', values: metrics.map((m) => num(m.pValue)) },
    { name: 'goal', dtype: 'string', values: metrics.map((m) => m.goal) },
    { name: 'reading', dtype: 'string', values: metrics.map((m) => m.reading) },
    { name: 'nSynthetic', dtype: 'int32', values: metrics.map((m) => m.n.synthetic) },
    { name: 'nReference', dtype: 'int32', values: metrics.map((m) => m.n.reference) },
    { name: 'nHoldout', dtype: 'int32', values: metrics.map((m) => m.n.holdout) },
    { name: 'warnings', dtype: 'string', values: metrics.map((m) => m.warnings.join(' | ')) },
    { name: 'reason', dtype: 'string', values: metrics.map((m) => m.reason ?? '') },
  ]);
}
