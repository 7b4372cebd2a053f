import type { MetricDefinition } from '../../core/evaluate/types.js';
import { DRIFT_RESAMPLES } from './config.js';
import { lengthShift } from './length-shift.js';

/** drift.length-wasserstein: see lengthShift (value on characters, words in details). */
export const lengthWasserstein: MetricDefinition = {
  id: 'drift.length-wasserstein',
  family: 'drift',
  title: 'Text length Wasserstein distance',
  description: "Earth mover's distance between the text lengths of synthetic and real rows, in characters: how far, on average, length mass has to move; 0 when they match.",
  goal: 'minimize',
  range: [0, null],
  requires: { reference: true },
  // Below ~30 rows per side the empirical distributions are too coarse for the distance to mean much.
  minRows: 30,
  // Its null distribution shrinks with n: value and baseline on equal-size samples.
  sizeSensitive: true,
  perLabel: true,
  ci: { method: 'bootstrap', resamples: DRIFT_RESAMPLES },
  async compute(ctx) {
    return lengthShift(ctx, 'wasserstein');
  },
};
