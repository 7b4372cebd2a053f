import type { MetricDefinition } from '../../core/evaluate/types.js';
import { prdcSummary, sharedPrdc } from './shared-prdc.js';

/** Histogram bins of the per-row ball counts: 0, 1, …, HIST_TOP − 1, and "HIST_TOP or more". */
const HIST_TOP = 20;

/**
 * similarity.density (Naeem et al. 2020): mean over synthetic rows of the number of real k-NN
 * balls holding the row, divided by k. About 1 when synthetic rows are spread like real ones;
 * above 1 when they crowd into dense real regions; below 1 when they sit in sparse ones or
 * outside. Per-row values (count / k) are bootstrapped for the CI.
 */
export const density: MetricDefinition = {
  id: 'similarity.density',
  family: 'similarity',
  title: 'Density (k-NN)',
  description: 'How many real k-NN balls hold a synthetic row on average, divided by k: about 1 for data spread like the real data, above 1 when synthetic rows crowd the densest real regions.',
  goal: 'target',
  // Identical distributions give an expected density of exactly 1 (Naeem et al. 2020, §3.2).
  target: 1,
  range: [0, null],
  requires: { reference: true },
  // As precision: k-NN balls from fewer than ~100 rows per side are coarse.
  minRows: 100,
  perLabel: true,
  async compute(ctx) {
    const p = await sharedPrdc(ctx);
    const counts = new Array<number>(HIST_TOP + 1).fill(0);
    for (const c of p.perRow.ballCounts) counts[Math.min(c, HIST_TOP)]++;
    return {
      value: p.density,
      perRow: Float64Array.from(p.perRow.ballCounts, (c) => c / p.k),
      details: {
        ...prdcSummary(p),
        // Synthetic rows by the number of real balls holding them (last bin: that many or more).
        ballCountHistogram: { bins: Array.from({ length: HIST_TOP + 1 }, (_, i) => (i < HIST_TOP ? String(i) : `${HIST_TOP}+`)), counts },
      },
    };
  },
};
