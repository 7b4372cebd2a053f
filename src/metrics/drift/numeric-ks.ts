import type { MetricDefinition } from '../../core/evaluate/types.js';
import { DRIFT_RESAMPLES } from './config.js';
import { numericColumnsShift } from './numeric-columns-shift.js';

/** drift.numeric-ks: see numericColumnsShift (the worst column's value, every column in details). */
export const numericKs: MetricDefinition = {
  id: 'drift.numeric-ks',
  family: 'drift',
  title: 'Numeric column KS statistic (worst column)',
  description: "Largest Kolmogorov–Smirnov statistic over the numeric metadata columns between synthetic and real rows (Bonferroni p-value); 0 when every column matches.",
  goal: 'minimize',
  range: [0, 1],
  requires: { reference: true },
  // As for text lengths: ~30 values per side before a one-dimensional comparison means much.
  minRows: 30,
  // Its null distribution shrinks with n: value and baseline on equal-size samples.
  sizeSensitive: true,
  ci: { method: 'bootstrap', resamples: DRIFT_RESAMPLES },
  async compute(ctx) {
    return numericColumnsShift(ctx, 'ks');
  },
};
