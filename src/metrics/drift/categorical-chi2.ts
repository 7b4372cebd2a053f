import type { MetricDefinition } from '../../core/evaluate/types.js';
import { DRIFT_RESAMPLES } from './config.js';
import { categoricalColumnsShift } from './categorical-columns-shift.js';

/** drift.categorical-chi2: see categoricalColumnsShift (the worst column's Cramér's V, Bonferroni χ² p-value). */
export const categoricalChi2: MetricDefinition = {
  id: 'drift.categorical-chi2',
  family: 'drift',
  title: 'Categorical column χ² test (worst column, Cramér’s V)',
  description: "χ² tests of whether synthetic and real rows share each categorical column's distribution: the value is the largest Cramér's V over the columns, the p-value the smallest test p-value, Bonferroni-corrected.",
  goal: 'minimize',
  range: [0, 1],
  requires: { reference: true },
  // The χ² approximation wants expected counts of at least ~5 per cell.
  minRows: 50,
  sizeSensitive: true,
  ci: { method: 'bootstrap', resamples: DRIFT_RESAMPLES },
  async compute(ctx) {
    return categoricalColumnsShift(ctx, 'cramersV');
  },
};
