import type { MetricDefinition } from '../../core/evaluate/types.js';
import { DRIFT_RESAMPLES } from './config.js';
import { lengthShift } from './length-shift.js';

/** drift.length-psi: see lengthShift (value on characters, words in details). */
export const lengthPsi: MetricDefinition = {
  id: 'drift.length-psi',
  family: 'drift',
  title: 'Text length PSI',
  description: "Population stability index of synthetic text lengths (characters) on real-data length deciles: < 0.1 stable, 0.1–0.25 moderate shift, > 0.25 major shift.",
  goal: 'minimize',
  range: [0, null],
  requires: { reference: true },
  // Ten decile bins need ~30 rows per side before bin shares stop being mostly noise.
  minRows: 30,
  // Its null distribution shrinks with n: value and baseline on equal-size samples.
  sizeSensitive: true,
  perLabel: true,
  ci: { method: 'bootstrap', resamples: DRIFT_RESAMPLES },
  async compute(ctx) {
    return lengthShift(ctx, 'psi');
  },
};
