import type { MetricContext } from '../../core/evaluate/types.js';
import { rowTopK } from '../../stats/kernels/row-top-k.js';
import { gatherRows } from './gather-rows.js';
import { realPositions } from './real-positions.js';

/**
 * Neighbours kept per row. The DCR bootstrap resamples the comparison rows: a row is absent from a
 * bootstrap resample with probability 1/e, so all 10 nearest are absent with probability
 * e⁻¹⁰ ≈ 5e-5 (the 10th's similarity then stands in, a negligible overestimate). A few rows
 * set aside to equalise sizes are skipped the same way.
 */
export const NEIGHBOURS = 10;

/** The nearest rows of one comparison set for each searched candidate row, best first. */
export interface NeighbourList {
  k: number;
  /** rows × k cosines (float32 products, held as float64). */
  values: Float64Array;
  /** rows × k positions in the comparison set (`positions` maps them to `ctx.real`). */
  indices: Int32Array;
  /** Position in `ctx.real` of each comparison row. */
  positions: number[];
}

export interface NearestReal {
  /** The candidate rows searched (all, or a recorded seeded sample of `privacy.maxNeighbourRows`). */
  searched: number[];
  /** Neighbours in the reference half (`ctx.reference`). */
  reference: NeighbourList;
  /** Neighbours among the other real rows (the holdout half, in the value pass). */
  holdout: NeighbourList;
}

/**
 * Nearest real rows of the candidate rows, in the reference half and in the rest of the real data
 * separately, never a row itself (a holdout row in the baseline pass skips its own entry). One
 * onnxruntime top-k pass over the candidate × real product serves both the near-copy rate (nearest
 * of the two) and the DCR share (which of the two is nearer), memoised per (candidate, reference)
 * pair. The candidate sample, when one is needed, is drawn and recorded by the first metric
 * that asks.
 */
export function nearestReal(ctx: MetricContext): Promise<NearestReal> {
  return ctx.memo('privacy.nearest-real', async () => {
    const positions = await realPositions(ctx);
    const inReference = new Uint8Array(ctx.real.rows.length);
    const referencePositions = ctx.reference.rows.map((row) => {
      const j = positions.get(row) ?? -1;
      if (j >= 0) inReference[j] = 1;
      return j;
    });
    const holdoutPositions: number[] = [];
    for (let j = 0; j < inReference.length; j++) if (!inReference[j]) holdoutPositions.push(j);
    const searched = ctx.sample(ctx.candidate, ctx.config.privacy.maxNeighbourRows, 'privacy: candidate rows searched for their nearest real rows (near copies, DCR)');
    const candidates = gatherRows(ctx.candidate.embeddings, searched);
    // A candidate that is a real row (the baseline pass): its own position, to be skipped.
    const self = searched.map((i) => (ctx.candidate.name === 'synthetic' ? -1 : (positions.get(ctx.candidate.rows[i]) ?? -1)));
    const list = async (setPositions: number[], matrix: ReturnType<typeof gatherRows>): Promise<NeighbourList> => {
      const local = new Map(setPositions.map((j, t) => [j, t]));
      const selfLocal = self.map((j) => (j >= 0 ? (local.get(j) ?? -1) : -1));
      const hasSelf = selfLocal.some((j) => j >= 0);
      const k = Math.min(NEIGHBOURS, setPositions.length - (hasSelf ? 1 : 0));
      const fetch = Math.min(k + (hasSelf ? 1 : 0), setPositions.length);
      const values = new Float64Array(searched.length * k);
      const indices = new Int32Array(searched.length * k);
      if (k < 1 || searched.length === 0) return { k: Math.max(k, 0), values, indices, positions: setPositions };
      const top = await rowTopK(candidates, matrix, fetch);
      for (let t = 0; t < searched.length; t++) {
        let out = 0;
        for (let s = 0; s < fetch && out < k; s++) {
          const j = top.indices[t * fetch + s];
          if (j === selfLocal[t]) continue;
          values[t * k + out] = top.values[t * fetch + s];
          indices[t * k + out] = j;
          out++;
        }
      }
      return { k, values, indices, positions: setPositions };
    };
    const reference = await list(referencePositions, ctx.reference.embeddings);
    const holdout = await list(holdoutPositions, gatherRows(ctx.real.embeddings, holdoutPositions));
    return { searched, reference, holdout };
  });
}
