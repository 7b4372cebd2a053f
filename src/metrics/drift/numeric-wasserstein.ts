import type { MetricDefinition } from '../../core/evaluate/types.js';
import { DRIFT_RESAMPLES } from './config.js';
import { numericColumnsShift } from './numeric-columns-shift.js';

/** drift.numeric-wasserstein: see numericColumnsShift (the worst column's value, every column in details). */
export const numericWasserstein: MetricDefinition = {
  id: 'drift.numeric-wasserstein',
  family: 'drift',
  title: 'Numeric column Wasserstein distance (worst column)',
  description: "Largest Wasserstein distance over the numeric metadata columns, in units of each column's real standard deviation; 0 when every column matches.",
  goal: 'minimize',
  range: [0, null],
  requires: { reference: true },
  // As for text lengths: ~30 values per side before a one-dimensional comparison means much.
  minRows: 30,
  // Its null distribution shrinks with n: value and baseline on equal-size samples.
  sizeSensitive: true,
  ci: { method: 'bootstrap', resamples: DRIFT_RESAMPLES },
  async compute(ctx) {
    return numericColumnsShift(ctx, 'wasserstein');
  },
};
