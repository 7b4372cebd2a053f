import type { MetricDefinition } from '../../core/evaluate/types.js';
import { excerpt, prdcSummary, sharedPrdc, spread } from './shared-prdc.js';

/**
 * similarity.precision (Naeem et al. 2020): share of synthetic rows inside at least one real
 * row's k-NN ball, i.e. that look like some real row. Per-row indicators (one per sampled
 * synthetic row) are bootstrapped for the CI.
 */
export const precision: MetricDefinition = {
  id: 'similarity.precision',
  family: 'similarity',
  title: 'Precision (k-NN)',
  description: 'Share of synthetic rows that fall inside the k-nearest-neighbour ball of some real row: how much of the synthetic data looks realistic.',
  goal: 'maximize',
  range: [0, 1],
  requires: { reference: true },
  // With k = 5, balls estimated from fewer than ~100 rows per side cover large, uneven regions,
  // and the share moves in steps of 1/n: the value is coarse below that.
  minRows: 100,
  perLabel: true,
  async compute(ctx) {
    const p = await sharedPrdc(ctx);
    const perRow = Float64Array.from(p.perRow.ballCounts, (c) => (c > 0 ? 1 : 0));
    const outside = p.candidateRows.filter((_, t) => p.perRow.ballCounts[t] === 0);
    return {
      value: p.precision,
      perRow,
      details: {
        ...prdcSummary(p),
        outsideEveryBall: outside.length,
        // Synthetic rows that no real row's ball holds: the least realistic ones.
        examplesOutside: spread(outside, 5).map((i) => ({ row: ctx.candidate.rows[i].line, id: ctx.candidate.rows[i].id, text: excerpt(ctx.candidate.texts[i]) })),
      },
    };
  },
};
