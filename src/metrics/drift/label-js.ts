import type { MetricDefinition } from '../../core/evaluate/types.js';
import { DRIFT_RESAMPLES } from './config.js';
import { labelShift } from './label-shift.js';

/** drift.label-js: Jensen–Shannon distance (base 2) between the label distributions; see labelShift. */
export const labelJs: MetricDefinition = {
  id: 'drift.label-js',
  family: 'drift',
  title: 'Label distribution Jensen–Shannon distance',
  description: 'Jensen–Shannon distance (base 2) between the label distributions of synthetic and real rows: 0 when the label shares match, 1 when no label is shared.',
  goal: 'minimize',
  range: [0, 1],
  requires: { reference: true, labels: true },
  // Label shares from fewer than ~50 rows are off by several points by chance alone (±0.07 for a 50/50 split).
  minRows: 50,
  // The plug-in distance is biased upwards by about √((K − 1)/n): value and baseline on equal-size samples.
  sizeSensitive: true,
  ci: { method: 'bootstrap', resamples: DRIFT_RESAMPLES },
  async compute(ctx) {
    return labelShift(ctx, 'js');
  },
};
