import type { MetricDefinition } from '../../core/evaluate/types.js';
import { DRIFT_RESAMPLES } from './config.js';
import { lengthShift } from './length-shift.js';

/** drift.length-ks: see lengthShift (value on characters, words in details). */
export const lengthKs: MetricDefinition = {
  id: 'drift.length-ks',
  family: 'drift',
  title: 'Text length KS statistic',
  description: "Kolmogorov–Smirnov statistic between the text lengths (characters) of synthetic and real rows, with its p-value: the largest gap between their length distributions, 0 when they match.",
  goal: 'minimize',
  range: [0, 1],
  requires: { reference: true },
  // The KS test has little power below ~30 rows per side (its 5% critical value is then above 0.3).
  minRows: 30,
  // Its null distribution shrinks with n: value and baseline on equal-size samples.
  sizeSensitive: true,
  perLabel: true,
  ci: { method: 'bootstrap', resamples: DRIFT_RESAMPLES },
  async compute(ctx) {
    return lengthShift(ctx, 'ks');
  },
};
