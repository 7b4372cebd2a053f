import type { MetricDefinition } from '../../core/evaluate/types.js';
import { DRIFT_RESAMPLES } from './config.js';
import { numericColumnsShift } from './numeric-columns-shift.js';

/** drift.numeric-psi: see numericColumnsShift (the worst column's value, every column in details). */
export const numericPsi: MetricDefinition = {
  id: 'drift.numeric-psi',
  family: 'drift',
  title: 'Numeric column PSI (worst column)',
  description: "Largest population stability index over the numeric metadata columns (real-data decile bins): < 0.1 stable, 0.1–0.25 moderate, > 0.25 major shift.",
  goal: 'minimize',
  range: [0, null],
  requires: { reference: true },
  // As for text lengths: ~30 values per side before a one-dimensional comparison means much.
  minRows: 30,
  // Its null distribution shrinks with n: value and baseline on equal-size samples.
  sizeSensitive: true,
  ci: { method: 'bootstrap', resamples: DRIFT_RESAMPLES },
  async compute(ctx) {
    return numericColumnsShift(ctx, 'psi');
  },
};
