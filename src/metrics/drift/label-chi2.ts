import type { MetricDefinition } from '../../core/evaluate/types.js';
import { DRIFT_RESAMPLES } from './config.js';
import { labelShift } from './label-shift.js';

/**
 * drift.label-chi2: χ² test of independence of side (synthetic / real) and label on the 2 × K
 * table of label counts. The p-value is the test's (scipy chi2_contingency); the value is its
 * effect size, Cramér's V = √(X²/N), which unlike X² does not grow with the number of rows.
 */
export const labelChi2: MetricDefinition = {
  id: 'drift.label-chi2',
  family: 'drift',
  title: 'Label distribution χ² test (Cramér’s V)',
  description: "χ² test of whether synthetic and real rows share one label distribution: the p-value is the test's, the value its effect size Cramér's V (0 none, 1 labels tell the sides apart).",
  goal: 'minimize',
  range: [0, 1],
  requires: { reference: true, labels: true },
  // The χ² approximation wants expected counts of at least ~5 per cell; ~50 rows per side give that for up to ~10 balanced labels.
  minRows: 50,
  // V's plug-in value is biased upwards by about √((K − 1)/N): value and baseline on equal-size samples.
  sizeSensitive: true,
  ci: { method: 'bootstrap', resamples: DRIFT_RESAMPLES },
  async compute(ctx) {
    return labelShift(ctx, 'cramersV');
  },
};
