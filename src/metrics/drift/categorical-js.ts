import type { MetricDefinition } from '../../core/evaluate/types.js';
import { DRIFT_RESAMPLES } from './config.js';
import { categoricalColumnsShift } from './categorical-columns-shift.js';

/** drift.categorical-js: see categoricalColumnsShift (the worst column's Jensen–Shannon distance). */
export const categoricalJs: MetricDefinition = {
  id: 'drift.categorical-js',
  family: 'drift',
  title: 'Categorical column Jensen–Shannon distance (worst column)',
  description: 'Largest Jensen–Shannon distance (base 2) over the categorical metadata columns between synthetic and real rows; 0 when every column’s category shares match.',
  goal: 'minimize',
  range: [0, 1],
  requires: { reference: true },
  // Category shares from fewer than ~50 rows are off by several points by chance alone.
  minRows: 50,
  // The plug-in distance is biased upwards with few rows: value and baseline on equal-size samples.
  sizeSensitive: true,
  ci: { method: 'bootstrap', resamples: DRIFT_RESAMPLES },
  async compute(ctx) {
    return categoricalColumnsShift(ctx, 'js');
  },
};
