import type { MetricDefinition } from '../../core/evaluate/types.js';
import { clusterFlags, clusterSizes, clusterTable } from './cluster-report.js';
import { nearDuplicates } from './near-duplicates.js';
import { normalizeForDuplicates } from './normalize-for-duplicates.js';

/**
 * diversity.near-duplicate-rate: share of rows whose embedding has cosine ≥ threshold (0.95 by
 * default) with an EARLIER row of the same side, exact duplicates included (their cosine is 1), so
 * it is at least about the exact-duplicate rate. Found with rowTopK of the side against itself
 * (nearDuplicates). Rows are checked against all rows of their side; above `maxRows` rows a seeded
 * sample of rows is checked (each still against all rows), which estimates the rate without bias.
 * Not size-matched, for the reason given for exact duplicates.
 *
 * Flags: one `near-duplicate` flag per cluster of linked rows (first row, the rest in `related`),
 * except clusters whose rows all share one normalised text, which are already `duplicate` flags.
 * CI: bootstrap of the per-row indicators.
 */
export const nearDuplicateRate: MetricDefinition = {
  id: 'diversity.near-duplicate-rate',
  family: 'diversity',
  title: 'Near-duplicate rate',
  description: 'Share of synthetic rows whose embedding is within cosine 0.95 of an earlier synthetic row (exact duplicates included): paraphrases and near-copies of each other.',
  goal: 'minimize',
  range: [0, 1],
  requires: { reference: false },
  // As the exact-duplicate rate: below 50 rows the rate moves in steps of 2%.
  minRows: 50,
  // No per-label values: the overall pass already lists every cluster, and per label would
  // repeat the n × n neighbour search once per label and pass.
  async compute(ctx) {
    const side = ctx.candidate;
    const { threshold, maxRows } = ctx.config.diversity.nearDuplicates;
    const checked = ctx.sample(side, maxRows, `near duplicates: rows checked against every row of their side`);
    const found = await nearDuplicates(side.embeddings, threshold, checked);
    const perRow = Float64Array.from(found.match, (j) => (j >= 0 ? 1 : 0));
    const count = perRow.reduce((s, x) => s + x, 0);
    const sameText = (rows: number[]) => new Set(rows.map((r) => normalizeForDuplicates(side.texts[r]))).size === 1;
    const notExact = found.clusters.filter((c) => !sameText([c.first, ...c.repeats]));
    let lowest = Infinity;
    for (const v of found.similarity) if (v < lowest) lowest = v;
    return {
      value: count / checked.length,
      perRow,
      flags:
        ctx.pass === 'value'
          ? clusterFlags(side, notExact, 'near-duplicate', (c) => `${c.repeats.length} later row${c.repeats.length === 1 ? '' : 's'} within cosine ${threshold} of this one or of each other`)
          : undefined,
      details: {
        threshold,
        checked: checked.length,
        nearDuplicates: count,
        clusters: found.clusters.length,
        clustersNotExact: notExact.length,
        clusterSizes: clusterSizes(found.clusters),
        largest: clusterTable(side, notExact),
      },
    };
  },
};
