import type { MetricDefinition } from '../../core/evaluate/types.js';
import { excerpt, prdcSummary, sharedPrdc, spread } from './shared-prdc.js';

/**
 * similarity.coverage (Naeem et al. 2020): share of real rows whose k-NN ball holds at least
 * one synthetic row. Unlike recall it does not grow when a few synthetic outliers have huge
 * balls. Per-row indicators (one per sampled real row) are bootstrapped for the CI.
 */
export const coverage: MetricDefinition = {
  id: 'similarity.coverage',
  family: 'similarity',
  title: 'Coverage (k-NN)',
  description: 'Share of real rows whose k-nearest-neighbour ball holds at least one synthetic row: how much of the real data has synthetic data near it.',
  goal: 'maximize',
  range: [0, 1],
  requires: { reference: true },
  // As precision: k-NN balls from fewer than ~100 rows per side are coarse.
  minRows: 100,
  perLabel: true,
  async compute(ctx) {
    const p = await sharedPrdc(ctx);
    const uncovered = p.referenceRows.filter((_, t) => p.perRow.covered[t] === 0);
    return {
      value: p.coverage,
      perRow: Float64Array.from(p.perRow.covered),
      details: {
        ...prdcSummary(p),
        uncovered: uncovered.length,
        // Real rows with no synthetic row in their ball: what the synthetic data misses.
        examplesUncovered: spread(uncovered, 5).map((i) => ({ id: ctx.reference.rows[i].id, text: excerpt(ctx.reference.texts[i]) })),
      },
    };
  },
};
