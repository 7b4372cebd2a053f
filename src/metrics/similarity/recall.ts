import type { MetricDefinition } from '../../core/evaluate/types.js';
import { prdcSummary, sharedPrdc } from './shared-prdc.js';

/**
 * similarity.recall (Naeem et al. 2020, after Kynkäänniemi et al. 2019): share of real rows
 * inside at least one synthetic row's k-NN ball. Per-row indicators (one per sampled real row)
 * are bootstrapped for the CI.
 */
export const recall: MetricDefinition = {
  id: 'similarity.recall',
  family: 'similarity',
  title: 'Recall (k-NN)',
  description: 'Share of real rows that fall inside the k-nearest-neighbour ball of some synthetic row: how much of the real data the synthetic data reaches.',
  goal: 'maximize',
  range: [0, 1],
  requires: { reference: true },
  // As precision: k-NN balls from fewer than ~100 rows per side are coarse.
  minRows: 100,
  perLabel: true,
  async compute(ctx) {
    const p = await sharedPrdc(ctx);
    return { value: p.recall, perRow: Float64Array.from(p.perRow.recalled), details: prdcSummary(p) };
  },
};
