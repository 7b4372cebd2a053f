import type { MetricDefinition } from '../../core/evaluate/types.js';
import { nearestNeighborSimilarity } from '../../stats/embedding/nearest-neighbor-similarity.js';

/** Histogram edges for the per-row distribution shown in reports: 20 bins over [-1, 1]. */
const BINS = 20;

function histogram(values: readonly number[]): number[] {
  const counts = new Array(BINS).fill(0);
  for (const v of values) counts[Math.min(BINS - 1, Math.max(0, Math.floor(((v + 1) / 2) * BINS)))]++;
  return counts;
}

/**
 * similarity.nn-cosine: mean over candidate rows of the cosine similarity to the nearest
 * reference row. Per-row values are bootstrapped for the CI; the distribution goes to details.
 */
export const nnCosine: MetricDefinition = {
  id: 'similarity.nn-cosine',
  family: 'similarity',
  title: 'Nearest-neighbour cosine',
  description: 'Mean cosine similarity of each synthetic row to its nearest real (reference) row; higher means closer to real data.',
  goal: 'maximize',
  range: [-1, 1],
  requires: { reference: true },
  minRows: 30,
  perLabel: true,
  async compute(ctx) {
    const nn = await ctx.memo('nn-cosine', () => nearestNeighborSimilarity(ctx.candidate.embeddings, ctx.reference.embeddings));
    return {
      value: nn.mean,
      perRow: nn.perRow,
      details: {
        median: nn.median,
        min: nn.min,
        max: nn.max,
        histogram: { edges: Array.from({ length: BINS + 1 }, (_, i) => Math.round((-1 + (2 * i) / BINS) * 1e9) / 1e9), counts: histogram(nn.perRow) },
      },
    };
  },
};
