import type { MetricDefinition } from '../../core/evaluate/types.js';
import { clusterFlags, clusterSizes, clusterTable } from './cluster-report.js';
import { exactDuplicates } from './duplicate-clusters.js';
import { normalizeForDuplicates } from './normalize-for-duplicates.js';

/**
 * diversity.exact-duplicate-rate: share of rows whose normalised text (normalizeForDuplicates:
 * lowercased, whitespace collapsed, trimmed) repeats an EARLIER row of the same side, so a
 * cluster of c identical rows counts c − 1. Over all rows of the side (not size-matched: the
 * rate is meant to equal the share of planted duplicates, which equal-size subsampling would
 * halve); note that for data with many stock short messages the rate rises slowly with n, and the
 * baseline is taken on the holdout half of the real rows. Each cluster becomes one `duplicate`
 * flag on its first row with the repeats in `related`. CI: bootstrap of the per-row indicators.
 */
export const exactDuplicateRate: MetricDefinition = {
  id: 'diversity.exact-duplicate-rate',
  family: 'diversity',
  title: 'Exact-duplicate rate',
  description: 'Share of synthetic rows whose text (ignoring case and whitespace) repeats an earlier synthetic row.',
  goal: 'minimize',
  range: [0, 1],
  requires: { reference: false },
  // A rate from fewer than 50 rows moves in steps of 2% and its interval spans several points.
  minRows: 50,
  perLabel: true,
  async compute(ctx) {
    const side = ctx.candidate;
    const found = exactDuplicates(side.texts.map(normalizeForDuplicates));
    const duplicates = found.repeats.reduce((s, x) => s + x, 0);
    return {
      value: duplicates / side.rows.length,
      perRow: found.repeats,
      flags:
        ctx.pass === 'value'
          ? clusterFlags(side, found.clusters, 'duplicate', (c) => `same text (ignoring case and whitespace) as ${c.repeats.length} later row${c.repeats.length === 1 ? '' : 's'}`)
          : undefined,
      details: {
        duplicates,
        clusters: found.clusters.length,
        clusterSizes: clusterSizes(found.clusters),
        largest: clusterTable(side, found.clusters),
      },
    };
  },
};
